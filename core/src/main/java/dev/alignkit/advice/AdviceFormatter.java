package dev.alignkit.advice;

import static java.util.Objects.requireNonNull;

import dev.alignkit.common.MessageSource;
import dev.alignkit.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders suggestions as the sentence a manager could say, from templates keyed by
 * {@link Suggestion#messageKey()} ({@code dev/alignkit/advice/advice*.properties}). A locale
 * falls back from language and country to language to the base file, never to the JVM default.
 * Immutable and thread-safe.
 */
public final class AdviceFormatter {
  private static final Messages BUILT_IN = Messages.nextTo(AdviceFormatter.class, "advice");
  private static final AdviceFormatter STANDARD = new AdviceFormatter(List.of(BUILT_IN));

  private final List<MessageSource> sources;

  private AdviceFormatter(List<MessageSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** The formatter of the built-in sentences. */
  public static AdviceFormatter standard() {
    return STANDARD;
  }

  /** A formatter that looks in {@code sources} first, then in the built-in sentences. */
  public static AdviceFormatter withSources(MessageSource... sources) {
    List<MessageSource> all = new ArrayList<>();
    for (MessageSource source : sources) {
      all.add(requireNonNull(source, "source"));
    }
    all.add(BUILT_IN);
    return new AdviceFormatter(all);
  }

  /** The suggestion's sentence; a key without a template renders as the key and arguments. */
  public String sentence(Suggestion suggestion, Locale locale) {
    for (MessageSource source : sources) {
      var template = source.template(suggestion.messageKey(), locale);
      if (template.isPresent()) {
        return Messages.format(template.get(), suggestion.arguments());
      }
    }
    return suggestion.messageKey() + " " + suggestion.arguments();
  }
}
