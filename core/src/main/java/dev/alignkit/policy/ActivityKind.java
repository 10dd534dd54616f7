package dev.alignkit.policy;

/**
 * What kind of activity an entry of an {@link ActivityLexicon} names, which decides the result
 * that {@code okr.key-result.activity} proposes to measure instead.
 */
public enum ActivityKind {
  /**
   * Taking part in or holding meetings, events, calls and visits ("attend", "Teilnahme an"); the
   * result is what they should bring: decisions, deals, the rating of those who took part.
   */
  MEETING,
  /**
   * Learning, studying, researching and training ("study", "analyser"); the result is what the
   * knowledge should change: a skill level reached, a decision taken, an error rate that falls.
   */
  LEARNING,
  /**
   * Doing, starting or finishing a piece of work ("complete", "… umsetzen"); the result is the
   * change it should bring once done, from today's value to a target.
   */
  WORK
}
