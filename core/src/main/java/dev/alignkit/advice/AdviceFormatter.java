package dev.alignkit.advice;

import dev.alignkit.common.MessageSource;
import dev.alignkit.internal.Messages;
import dev.alignkit.internal.TemplateChain;
import java.util.Locale;

/**
 * Renders suggestions as the sentence a manager could say, from templates keyed by
 * {@link Suggestion#messageKey()} ({@code dev/alignkit/advice/advice*.properties}). A locale
 * falls back from language and country to language to the base file, never to the JVM default.
 * The lookup is the one {@code dev.alignkit.rules.FindingFormatter} uses. Immutable and
 * thread-safe.
 */
public final class AdviceFormatter {
  private static final TemplateChain BUILT_IN = TemplateChain.of(Messages.nextTo(AdviceFormatter.class, "advice"));
  private static final AdviceFormatter STANDARD = new AdviceFormatter(BUILT_IN);

  private final TemplateChain templates;

  private AdviceFormatter(TemplateChain templates) {
    this.templates = templates;
  }

  /** The formatter of the built-in sentences. */
  public static AdviceFormatter standard() {
    return STANDARD;
  }

  /** A formatter that looks in {@code sources} first, in order, then in the built-in sentences. */
  public static AdviceFormatter withSources(MessageSource... sources) {
    return new AdviceFormatter(BUILT_IN.withFirst(sources));
  }

  /** The suggestion's sentence; a key without a template renders as the key and arguments. */
  public String sentence(Suggestion suggestion, Locale locale) {
    return templates.renderOrKey(suggestion.messageKey(), suggestion.arguments(), locale);
  }
}
