package dev.alignkit.career;

/** The kind of track a ladder describes. */
public enum TrackKind {
  /** Individual contributors. */
  INDIVIDUAL_CONTRIBUTOR,
  /** Managers of people. */
  MANAGEMENT,
  /** Another kind, named by the ladder's {@code trackName}. */
  OTHER
}
