package dev.alignkit.okr;

/** The zones of an {@link KeyResultKind#ORDINAL} key result; the value of a check-in is the zone's index. */
public enum OrdinalZone {
  /** Index 0: below the commit zone; progress 0. */
  FAIL(0.0),
  /** Index 1: progress 0.3. */
  COMMIT(0.3),
  /** Index 2: progress 0.7. */
  TARGET(0.7),
  /** Index 3: progress 1.0. */
  STRETCH(1.0);

  private final double progress;

  OrdinalZone(double progress) {
    this.progress = progress;
  }

  /** The progress a value in this zone counts as. */
  public double progress() {
    return progress;
  }

  /** The zone index, 0 for FAIL to 3 for STRETCH. */
  public int index() {
    return ordinal();
  }
}
