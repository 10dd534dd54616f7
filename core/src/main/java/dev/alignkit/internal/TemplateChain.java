package dev.alignkit.internal;

import static java.util.Objects.requireNonNull;

import dev.alignkit.common.MessageSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Message sources asked in order, ending with the built-in ones: the one lookup behind every
 * formatter (findings, advice). The first source with a template for a key wins. Immutable and
 * thread-safe if its sources are.
 */
public final class TemplateChain {
  private final List<MessageSource> sources;

  private TemplateChain(List<MessageSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** A chain of the built-in templates only. */
  public static TemplateChain of(MessageSource builtIn) {
    return new TemplateChain(List.of(requireNonNull(builtIn, "builtIn")));
  }

  /** A chain that asks {@code first}, in order, before this chain's sources. */
  public TemplateChain withFirst(MessageSource... first) {
    List<MessageSource> all = new ArrayList<>(first.length + sources.size());
    for (MessageSource source : first) {
      all.add(requireNonNull(source, "source"));
    }
    all.addAll(sources);
    return new TemplateChain(all);
  }

  /** The template for {@code key} in {@code locale}, from the first source that has one. */
  public Optional<String> template(String key, Locale locale) {
    requireNonNull(key, "key");
    requireNonNull(locale, "locale");
    for (MessageSource source : sources) {
      Optional<String> template = source.template(key, locale);
      if (template.isPresent()) {
        return template;
      }
    }
    return Optional.empty();
  }

  /** The template for {@code key} with its arguments filled in, if a source has one. */
  public Optional<String> render(String key, Map<String, String> arguments, Locale locale) {
    return template(key, locale).map(template -> Messages.format(template, arguments));
  }

  /**
   * The template for {@code key} with its arguments filled in; without a template, the key and
   * the arguments, so that nothing is silently dropped.
   */
  public String renderOrKey(String key, Map<String, String> arguments, Locale locale) {
    return render(key, arguments, locale).orElseGet(() -> key + " " + arguments);
  }
}
