/**
 * Small values shared by every part of the model: visibility, vendor attributes and the
 * exception for duplicate ids.
 */
@NullMarked
package dev.alignkit.common;

import org.jspecify.annotations.NullMarked;
