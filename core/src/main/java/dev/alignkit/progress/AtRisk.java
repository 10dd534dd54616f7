package dev.alignkit.progress;

import dev.alignkit.okr.Owner;
import java.util.Optional;
import org.immutables.value.Value;

/** An objective that needs attention, with one reason. Immutable and thread-safe. */
@Value.Immutable
public abstract class AtRisk {
  AtRisk() {}

  /** The objective's id. */
  public abstract String objectiveId();

  /** The objective's owner. */
  public abstract Owner owner();

  /** Why: behind pace, a low confidence, a broken threshold, or a falling trend. */
  public abstract RiskReason reason();

  /** The key result or child objective the reason comes from, if one. */
  public abstract Optional<String> source();

  static Builder builder() {
    return new Builder();
  }

  @Override
  public final String toString() {
    return objectiveId() + " (" + owner() + "): " + reason() + source().map(s -> " at " + s).orElse("");
  }

  static final class Builder extends ImmutableAtRisk.Builder {}
}
