package dev.alignkit.privacy;

import dev.alignkit.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who is looking: a person id, as the embedding application authenticated it (for example from
 * a request header), and the delegated {@link Grant grants} they hold. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String)}, or with {@link #builder()} to add grants:
 * <pre>{@code
 * Viewer maya = Viewer.of("maya");
 * Viewer deputy = Viewer.builder().personId("maya")
 *     .addGrant(Grant.team("support", LocalDate.of(2026, 8, 31)))
 *     .build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} when the person id
 * is blank ({@code viewer personId must not be blank: ' '}). A viewer whose id names no person of
 * the snapshot is not an error: they see nothing at all, grants included
 * ({@link Access#knowsViewer()} is false).
 *
 * <p><b>Equality:</b> two viewers are equal when person id and grants (in order) are equal.
 */
@Value.Immutable
public abstract class Viewer {
  Viewer() {}

  /** The viewer's person id. */
  public abstract String personId();

  /** Delegated grants, in force or not; only those in force on the as-of date count. */
  public abstract List<Grant> grants();

  /**
   * A viewer without grants.
   *
   * @param personId the person's id; not null or blank
   * @throws IllegalArgumentException if {@code personId} is blank
   * @throws NullPointerException if {@code personId} is null
   */
  public static Viewer of(String personId) {
    return builder().personId(personId).build();
  }

  /** Returns a builder; the person id is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(personId(), "viewer personId");
  }

  /** Builds a {@link Viewer}. */
  public static final class Builder extends ImmutableViewer.Builder {
    Builder() {}
  }
}
