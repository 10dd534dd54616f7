package dev.alignkit.privacy;

import dev.alignkit.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who is looking: a person id, as the embedding application authenticated it (for example from
 * a request header), and the delegated {@link Grant grants} they hold. Immutable and thread-safe.
 *
 * <p>A viewer whose id names no person of the snapshot sees nothing at all, grants included.
 *
 * <pre>{@code
 * Viewer viewer = Viewer.builder().personId("maya")
 *     .addGrant(Grant.team("support", LocalDate.of(2026, 8, 31)))
 *     .build();
 * }</pre>
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
