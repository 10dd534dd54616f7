package dev.alignkit.testing;

import dev.alignkit.okr.KeyResult;
import org.jspecify.annotations.Nullable;

/** Key results with three-level targets, for the exact tests of progress and of the rules. */
public final class KeyResultLevels {
  private KeyResultLevels() {}

  /** {@code keyResult} with the commit and the stretch given; null leaves that level unset. */
  public static KeyResult levels(KeyResult keyResult, @Nullable Double commit, @Nullable Double stretch) {
    KeyResult.Builder builder = KeyResult.builder().from(keyResult);
    if (commit != null) {
      builder.commit(commit);
    }
    if (stretch != null) {
      builder.stretch(stretch);
    }
    return builder.build();
  }
}
