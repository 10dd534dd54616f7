package dev.alignkit.common;

import java.util.Locale;
import java.util.Optional;

/**
 * Message templates by key and locale, such as the texts of an application's own rules.
 * Templates name their arguments in braces: {@code "{owner} has {count} objectives"}.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MessageSource {
  /**
   * The template for {@code key} in {@code locale}, falling back as the implementation sees fit.
   *
   * @return empty when this source has no template for the key
   */
  Optional<String> template(String key, Locale locale);
}
