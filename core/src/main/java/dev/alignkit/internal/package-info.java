/** Implementation helpers; not exported, never in a public signature. */
@NullMarked
package dev.alignkit.internal;

import org.jspecify.annotations.NullMarked;
