package dev.alignkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.FindingFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How a writer renders the texts of results for a reader: a finding's message and suggestion and a
 * suggestion's sentence, in one {@code Locale}. A writer holds it as the attribute
 * {@link #ATTRIBUTE}; without it no text is written. Immutable and thread-safe.
 */
public final class Texts {
  /** The writer attribute ({@code ObjectWriter.withAttribute}) that holds a {@code Texts}. */
  public static final String ATTRIBUTE = "dev.alignkit.jackson.texts";

  private final Locale locale;
  private final FindingFormatter findings;
  private final AdviceFormatter advice;

  /** Renders in {@code locale} with these formatters. */
  public Texts(Locale locale, FindingFormatter findings, AdviceFormatter advice) {
    this.locale = requireNonNull(locale, "locale");
    this.findings = requireNonNull(findings, "findings");
    this.advice = requireNonNull(advice, "advice");
  }

  /** The finding's message. */
  Optional<String> message(Finding finding) {
    return Optional.of(findings.message(finding, locale));
  }

  /** The finding's suggestion, when a template has one. */
  Optional<String> suggestion(Finding finding) {
    return findings.suggestion(finding, locale);
  }

  /** The suggestion's sentence. */
  Optional<String> sentence(Suggestion suggestion) {
    return Optional.of(advice.sentence(suggestion, locale));
  }
}
