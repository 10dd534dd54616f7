package dev.alignkit.progress;

import dev.alignkit.career.RoleRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A role a person could hold, how ready they are for it, and why it is listed. Immutable and
 * thread-safe.
 *
 * <p><b>Get</b> them from {@link CareerPaths} ({@link CareerPaths#currentRole currentRole},
 * {@link CareerPaths#nextLevel nextLevel}, {@link CareerPaths#targetRole targetRole},
 * {@link CareerPaths#lateralMoves lateralMoves}, {@link CareerPaths#bestNextRoles bestNextRoles}),
 * or for one viewer from {@code dev.alignkit.privacy.View}:
 * <pre>{@code
 * CareerPaths paths = CareerPaths.of(snapshot, asOf, policy);
 * for (RoleOption option : paths.bestNextRoles("ana")) {
 *   System.out.println(option.role() + " " + option.kinds() + " " + option.readiness().readiness());
 * }
 * }</pre>
 *
 * <p>{@link #builder()} builds one, for a client that reads options back (the JSON module does)
 * or a test.
 *
 * <p><b>Invariants:</b> none beyond its fields; {@link CareerPaths} builds it. A missing role or
 * readiness fails with an {@link IllegalStateException}. A role that does
 * not resolve to a ladder level gives no option rather than an error.
 *
 * <p><b>Equality:</b> two options are equal when role, kinds, openings and readiness are equal.
 */
@Value.Immutable
public abstract class RoleOption {
  RoleOption() {}

  /** The role. */
  public abstract RoleRef role();

  /** Why it is listed: next level, lateral move, opening, another ladder. */
  public abstract Set<RoleOptionKind> kinds();

  /** The ids of the openings for this role, if any. */
  public abstract List<String> openingIds();

  /** The person's readiness and gap report for the role. */
  public abstract Readiness readiness();

  /** The gaps that separate the person from the role: MISSING and UNDER entries, in report order. */
  public final List<GapEntry> gaps() {
    List<GapEntry> gaps = new ArrayList<>();
    for (GapEntry entry : readiness().gaps()) {
      if (entry.category() == GapCategory.MISSING || entry.category() == GapCategory.UNDER) {
        gaps.add(entry);
      }
    }
    return List.copyOf(gaps);
  }

  /** Returns a builder; role and readiness are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoleOption}. */
  public static final class Builder extends ImmutableRoleOption.Builder {
    Builder() {}
  }
}
