package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

import dev.alignkit.common.MessageSource;
import dev.alignkit.internal.Messages;
import dev.alignkit.internal.TemplateChain;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders findings as text for a locale, from message templates keyed by rule code. Immutable
 * and thread-safe.
 *
 * <p>Templates come from the application's sources first, in the order added, then from the
 * built-in messages ({@code dev/alignkit/rules/messages*.properties}). A locale falls back from
 * language and country to language to the base file, never to the JVM's default locale. The
 * lookup is the one {@link dev.alignkit.advice.AdviceFormatter} uses.
 */
public final class FindingFormatter {
  private static final TemplateChain BUILT_IN = TemplateChain.of(Messages.nextTo(FindingFormatter.class, "messages"));
  private static final FindingFormatter STANDARD = new FindingFormatter(BUILT_IN);

  private final TemplateChain templates;

  private FindingFormatter(TemplateChain templates) {
    this.templates = templates;
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
    return new FindingFormatter(BUILT_IN.withFirst(sources));
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
    return templates.renderOrKey(finding.code(), finding.arguments(), locale);
  }

  /** The finding's suggestion in {@code locale}, if its suggestion key has a template. */
  public Optional<String> suggestion(Finding finding, Locale locale) {
    return finding.suggestionKey().flatMap(key -> templates.render(key, finding.arguments(), locale));
  }

  /** The template for {@code key} in {@code locale}, from the first source that has one. */
  public Optional<String> template(String key, Locale locale) {
    return templates.template(key, locale);
  }
}
