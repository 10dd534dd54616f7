/**
 * Small types shared by every part of the model: {@link dev.alignkit.common.Visibility}, vendor
 * attributes ({@link dev.alignkit.common.HasAttributes}), message templates
 * ({@link dev.alignkit.common.MessageSource}), the exception for duplicate ids
 * ({@link dev.alignkit.common.DuplicateIdException}) and user text made safe for one line of plain
 * text ({@link dev.alignkit.common.PlainText}).
 */
@NullMarked
package dev.alignkit.common;

import org.jspecify.annotations.NullMarked;
