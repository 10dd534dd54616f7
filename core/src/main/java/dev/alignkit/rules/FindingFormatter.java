package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

import dev.alignkit.common.MessageSource;
import dev.alignkit.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders findings as text for a locale, from message templates keyed by rule code. Immutable
 * and thread-safe.
 *
 * <p>Templates come from the application's sources first, in the order added, then from the
 * built-in messages ({@code dev/alignkit/rules/messages*.properties}). A locale falls back from
 * language and country to language to the base file, never to the JVM's default locale.
 */
public final class FindingFormatter {
  private static final Messages BUILT_IN = Messages.nextTo(FindingFormatter.class, "messages");
  private static final FindingFormatter STANDARD = new FindingFormatter(List.of(BUILT_IN));

  private final List<MessageSource> sources;

  private FindingFormatter(List<MessageSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** The formatter of the built-in messages. */
  public static FindingFormatter standard() {
    return STANDARD;
  }

  /**
   * A formatter that looks in {@code sources} first, in order, then in the built-in messages. Use
   * it for the messages of application rules, or to reword built-in ones.
   */
  public static FindingFormatter withSources(MessageSource... sources) {
    List<MessageSource> all = new ArrayList<>();
    for (MessageSource source : sources) {
      all.add(requireNonNull(source, "source"));
    }
    all.add(BUILT_IN);
    return new FindingFormatter(all);
  }

  /**
   * A message source of UTF-8 {@code .properties} files named {@code baseName} (with
   * {@code _de}, {@code _de_CH} variants) in the package of {@code anchor}.
   */
  public static MessageSource propertiesNextTo(Class<?> anchor, String baseName) {
    return Messages.nextTo(requireNonNull(anchor, "anchor"), requireNonNull(baseName, "baseName"));
  }

  /**
   * The finding's message in {@code locale}. A code without a template renders as its code and
   * arguments, so nothing is silently dropped.
   */
  public String message(Finding finding, Locale locale) {
    return template(finding.code(), locale)
        .map(template -> Messages.format(template, finding.arguments()))
        .orElseGet(() -> finding.code() + " " + finding.arguments());
  }

  /** The finding's suggestion in {@code locale}, if its suggestion key has a template. */
  public Optional<String> suggestion(Finding finding, Locale locale) {
    return finding.suggestionKey()
        .flatMap(key -> template(key, locale))
        .map(template -> Messages.format(template, finding.arguments()));
  }

  /** The template for {@code key} in {@code locale}, from the first source that has one. */
  public Optional<String> template(String key, Locale locale) {
    for (MessageSource source : sources) {
      Optional<String> template = source.template(key, locale);
      if (template.isPresent()) {
        return template;
      }
    }
    return Optional.empty();
  }
}
