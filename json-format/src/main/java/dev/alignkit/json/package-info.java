/**
 * What Alignkit's two JSON bindings, {@code alignkit-jackson} (Jackson 2) and
 * {@code alignkit-jackson3} (Jackson 3), share in their public API, so that an application moving
 * from one Jackson to the other keeps its error handling and limits: the one exception
 * {@link dev.alignkit.json.AlignkitJsonException}, the reading {@link dev.alignkit.json.JsonLimits},
 * {@link dev.alignkit.json.ProblemDetails} for HTTP answers, and the JSON Lines values
 * {@link dev.alignkit.json.ErrorMode}, {@link dev.alignkit.json.JsonLinesResult} and
 * {@link dev.alignkit.json.PersonBundle}. None of them needs Jackson. See {@code docs/json-format.md}.
 */
@NullMarked
package dev.alignkit.json;

import org.jspecify.annotations.NullMarked;
