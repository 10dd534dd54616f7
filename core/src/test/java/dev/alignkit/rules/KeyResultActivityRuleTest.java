package dev.alignkit.rules;

import static dev.alignkit.rules.RuleFixtures.AS_OF;
import static dev.alignkit.rules.RuleFixtures.args;
import static dev.alignkit.rules.RuleFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.policy.ActivityKind;
import dev.alignkit.policy.ActivityLexicon;
import dev.alignkit.policy.Policy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code okr.key-result.activity} reads titles with the content locale's lexicon and proposes a result by kind. */
class KeyResultActivityRuleTest {
  private static final Policy GERMAN_CONTENT = Policy.builder().contentLocale(Locale.GERMAN).build();

  @Test
  void germanTitlesAreReadWithTheGermanLexiconOnlyWhenTheContentIsGerman() {
    KeyResult fairs = KeyResult.increase("kr-fairs", "Der Vertrieb nimmt an 3 Fachmessen teil", 0, 3, "Messen");
    Finding finding = only(RuleCodes.KEY_RESULT_ACTIVITY, validate(GERMAN_CONTENT, fairs));
    assertEquals("objectives[o-maya].keyResults[kr-fairs].title", finding.path().toString());
    assertEquals(args("keyResult", "Der Vertrieb nimmt an 3 Fachmessen teil", "activity", "nimmt ... teil"),
        finding.arguments());
    assertEquals(List.of(), validate(Policy.defaults(), fairs).ofCode(RuleCodes.KEY_RESULT_ACTIVITY));
  }

  @Test
  void theSuggestionProposesTheResultOfTheActivitysKind() {
    assertEquals(Optional.of(KeyResultActivityRule.MEETING_SUGGESTION), suggestionKey("Teilnahme an 5 Workshops"));
    assertEquals(Optional.of(KeyResultActivityRule.LEARNING_SUGGESTION), suggestionKey("Kotlin lernen"));
    assertEquals(Optional.of(RuleCodes.KEY_RESULT_ACTIVITY + ".suggestion"),
        suggestionKey("Das Jahresbudget vorbereiten"));
  }

  @Test
  void aFindingOnGermanContentRendersInTheLocaleAskedFor() {
    Finding finding = only(RuleCodes.KEY_RESULT_ACTIVITY, validate(GERMAN_CONTENT,
        KeyResult.increase("kr-w", "Teilnahme an 5 Workshops", 0, 5, "Workshops")));
    FindingFormatter formatter = FindingFormatter.standard();
    assertEquals("Key result \"Teilnahme an 5 Workshops\" describes an activity (\"Teilnahme an\"), not a result.",
        formatter.message(finding, Locale.ENGLISH));
    assertEquals(Optional.of("\"Teilnahme an\" is a meeting to hold or attend: make it an initiative, and as the key"
        + " result measure what the meetings should bring, such as decisions made, deals won or the rating of those"
        + " who took part."), formatter.suggestion(finding, Locale.ENGLISH));
    assertEquals("Das Schlüsselergebnis „Teilnahme an 5 Workshops“ beschreibt eine Tätigkeit („Teilnahme an“),"
        + " kein Ergebnis.", formatter.message(finding, Locale.GERMAN));
    assertEquals(Optional.of("„Teilnahme an“ ist ein Termin: daraus eine Initiative machen und als"
        + " Schlüsselergebnis messen, was die Termine bringen sollen, etwa getroffene Entscheidungen, gewonnene"
        + " Aufträge oder die Bewertung der Teilnehmenden."), formatter.suggestion(finding, Locale.GERMAN));
  }

  @Test
  void wordsAddedToTheContentLanguagesLexiconAreFlaggedBesideTheBuiltInOnes() {
    Policy policy = Policy.builder().putActivityLexicon(Locale.ENGLISH,
        ActivityLexicon.builtIn(Locale.ENGLISH).plus(ActivityKind.WORK, List.of("onboard ..."))).build();
    assertEquals("onboard", only(RuleCodes.KEY_RESULT_ACTIVITY,
        validate(policy, KeyResult.increase("kr-o", "Onboard 5 new vendors", 0, 5, "vendors"))).arguments().get("activity"));
    assertEquals("attend", only(RuleCodes.KEY_RESULT_ACTIVITY,
        validate(policy, KeyResult.increase("kr-a", "Attend 5 fairs", 0, 5, "fairs"))).arguments().get("activity"));
  }

  private static Optional<String> suggestionKey(String title) {
    return only(RuleCodes.KEY_RESULT_ACTIVITY, validate(GERMAN_CONTENT,
        KeyResult.increase("kr-1", title, 0, 5, "Stück"))).suggestionKey();
  }

  private static Report validate(Policy policy, KeyResult keyResult) {
    return Validator.builder().policy(policy).build().validate(RuleFixtures.withPersonalKeyResult(keyResult), AS_OF);
  }
}
