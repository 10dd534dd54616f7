package dev.alignkit.okr;

/**
 * The zones of a zoned key result: of an {@link KeyResultKind#ORDINAL} one, whose check-in values
 * are the zones' indexes, and of an INCREASE or DECREASE one with a commit or a stretch
 * ({@link KeyResult#isZoned()}). What a zone scores is a policy value
 * ({@code Policy.scoreOf(OrdinalZone)}: FAIL 0, COMMIT 0.3, TARGET 0.7, STRETCH 1.0 by default).
 */
public enum OrdinalZone {
  /** Index 0: short of the commit (of the target when there is no commit); scores 0. */
  FAIL,
  /** Index 1: the commit is reached; scores the policy's {@code commitScore} (default 0.3). */
  COMMIT,
  /** Index 2: the target is reached; scores the policy's {@code targetScore} (default 0.7). */
  TARGET,
  /** Index 3: the stretch is reached; scores the policy's {@code stretchScore} (default 1.0). */
  STRETCH;

  /** The zone index, 0 for FAIL to 3 for STRETCH. */
  public int index() {
    return ordinal();
  }
}
