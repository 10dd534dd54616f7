package dev.alignkit.json.format;

import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks that a team or person line read by {@link Lines} holds only what is its team's or
 * person's and would make a valid snapshot on its own, throwing at the value to fix.
 *
 * <p>The checks run after the whole line is read, since a line's fields may come in any order
 * and an item's owner is only known once the team or person field is read.
 */
final class LineChecks {
  private LineChecks() {}

  /** An error at the value {@code pointer} names in the line, or at the line's start when none was read there. */
  static FormatException atField(JsonIn in, String pointer, String problem) {
    Long location = in.locationOf(pointer);
    return JsonIn.error(pointer, location != null ? location : JsonIn.pack(1, 1), problem, null);
  }

  /** Refuses the person fields in a team line, where nothing would own them. */
  static void checkTeamFields(JsonIn in, Map<String, Long> seen) {
    for (String name : seen.keySet()) {
      if (!name.equals("team") && !name.equals("objectives")) {
        throw atField(in, "/" + Strings.escapeSegment(name), "a team line holds only team and objectives, not "
            + name);
      }
    }
  }

  static void checkOwners(JsonIn in, List<Objective> objectives, OwnerKind kind, String id, String what) {
    for (int i = 0; i < objectives.size(); i++) {
      Owner owner = objectives.get(i).owner();
      if (owner.kind() != kind || !owner.id().orElse("").equals(id)) {
        throw atField(in, "/objectives/" + i + "/owner", "objective " + objectives.get(i).id() + " is owned by "
            + owner + ", not by this line's " + what + " " + id);
      }
    }
  }

  static <T> void checkPeople(JsonIn in, String pointer, List<T> items, Function<T, String> personId,
      String kind, String id) {
    for (int i = 0; i < items.size(); i++) {
      checkPerson(in, pointer + "/" + i + "/personId", kind, personId.apply(items.get(i)), id);
    }
  }

  static void checkPerson(JsonIn in, String pointer, String kind, String personId, String id) {
    if (!personId.equals(id)) {
      throw atField(in, pointer, "the " + kind + " is of person " + personId + ", not of this line's person " + id);
    }
  }

  /** Builds the snapshot that holds one line alone. */
  interface Build {
    OrganizationSnapshot build();
  }

  /**
   * Builds the line as a snapshot of its own, so that what a whole document would reject (a
   * repeated id, a proficiency off the scale) is reported at the value in this line.
   */
  static void checkAlone(JsonIn in, long start, Map<String, Long> seen, Build build) {
    try {
      build.build();
    } catch (DuplicateIdException e) {
      throw BuildFailures.duplicate(e, in, "", start, true);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      // The one profile of a person line stands alone, not in a list of profiles.
      if (message.startsWith("profiles[")) {
        int close = message.indexOf("].");
        if (close > 0) {
          message = "profile." + message.substring(close + 2);
        }
      }
      throw BuildFailures.rejected(e, message, in, "", start, seen, true);
    }
  }
}
