package dev.alignkit.progress;

import dev.alignkit.career.RoleRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** A role a person could hold, how ready they are for it, and why it is listed. Immutable and thread-safe. */
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

  static ImmutableRoleOption.Builder builder() {
    return ImmutableRoleOption.builder();
  }
}
