package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions and the zone over generated documents: a current document reads the same when it
 * says version 1 or 2 (every newer field is then a promoted attribute: an objective's
 * {@code alignments}, a link's {@code parentKind} ...), but for the backlog objectives version 1
 * rejects, and a check-in written without its date reads with the day of its instant in the
 * document's zone, wherever the zone stands.
 */
class VersionProperties {
  /** A check-in's date followed by its instant, as the writer writes them; other objects never have this pair. */
  private static final Pattern DATE_BESIDE_AT =
      Pattern.compile("\"date\": \"[^\"]*\",(\\s*\"at\": \"[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T)");
  private static final Pattern ZONE = Pattern.compile("\n  \"zone\": (\"[^\"]*\"),");

  @Property(examples = 200)
  void aDocumentReadAsAnOlderVersionIsTheSameSnapshotOrInVersionOneFailsAtItsFirstBacklogObjective(Theory theory) {
    Coverage backlog = new Coverage("version 1 documents with a backlog objective");
    Coverage links = new Coverage("documents with several links or a link to a key result");
    theory.forAll(DocumentGenerators.anyDecoratedSnapshot(), Gens.of(List.of(1, 2))).check((snapshot, version) -> {
      String written = AlignkitJson.toJson(snapshot);
      String older = written.replaceFirst("^\\{\n  \"formatVersion\": 3,", "{\n  \"formatVersion\": " + version + ",");
      assertNotEquals(written, older);
      links.count(snapshot.objectives().stream().anyMatch(o -> o.alignments().size() > 1
          || o.alignments().stream().anyMatch(Alignment::isToKeyResult)));
      int firstBacklog = -1;
      for (int i = 0; i < snapshot.objectives().size() && firstBacklog < 0 && version == 1; i++) {
        firstBacklog = snapshot.objectives().get(i).cycleId().isEmpty() ? i : -1;
      }
      if (version == 1) {
        backlog.count(firstBacklog >= 0);
      }
      if (firstBacklog < 0) {
        assertEquals(snapshot, AlignkitJson.fromJson(older));
      } else {
        AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> AlignkitJson.fromJson(older));
        assertEquals("/objectives/" + firstBacklog + ": missing required field cycleId", e.pointer() + ": " + e.problem());
      }
    });
    backlog.assertPercentAtLeast(true, 10);
    backlog.assertPercentAtLeast(false, 30);
    links.assertPercentAtLeast(true, 10);
  }

  @Property(examples = 200)
  void aCheckInWrittenWithoutItsDateReadsWithTheDayOfItsInstantInTheZone(Theory theory) {
    Coverage dateless = new Coverage("documents with a check-in given only by its instant");
    Coverage zoneLast = new Coverage("documents with a zone named last");
    theory.forAll(DocumentGenerators.anyDecoratedSnapshot(), Gens.booleans()).check((snapshot, moveZone) -> {
      String written = AlignkitJson.toJson(snapshot);
      Matcher dates = DATE_BESIDE_AT.matcher(written);
      String document = dates.replaceAll(match -> Matcher.quoteReplacement(match.group(1).stripLeading()));
      dateless.count(!document.equals(written));
      Matcher zone = ZONE.matcher(document);
      if (moveZone && zone.find()) {
        document = zone.replaceFirst("");
        document = document.substring(0, document.lastIndexOf("\n}")) + ",\n  \"zone\": " + zone.group(1) + "\n}\n";
        zoneLast.count(true);
      } else {
        zoneLast.count(false);
      }

      assertEquals(dated(snapshot), AlignkitJson.fromJson(document));
    });
    dateless.assertPercentAtLeast(true, 20);
    zoneLast.assertPercentAtLeast(true, 10);
  }

  /** {@code snapshot} with every check-in that has an instant dated on that instant's day in the snapshot's zone. */
  private static OrganizationSnapshot dated(OrganizationSnapshot snapshot) {
    ZoneId zone = snapshot.zone();
    List<Objective> objectives = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      objectives.add(Objective.builder().from(objective).keyResults(dated(objective.keyResults(), zone)).build());
    }
    List<DevelopmentPlan> plans = new ArrayList<>();
    for (DevelopmentPlan plan : snapshot.plans()) {
      List<DevelopmentGoal> goals = new ArrayList<>();
      for (DevelopmentGoal goal : plan.goals()) {
        goals.add(DevelopmentGoal.builder().from(goal).measures(dated(goal.measures(), zone)).build());
      }
      plans.add(DevelopmentPlan.builder().from(plan).goals(goals).build());
    }
    return OrganizationSnapshot.builder().from(snapshot).objectives(objectives).plans(plans).build();
  }

  private static List<KeyResult> dated(List<KeyResult> keyResults, ZoneId zone) {
    List<KeyResult> dated = new ArrayList<>();
    for (KeyResult keyResult : keyResults) {
      List<CheckIn> checkIns = new ArrayList<>();
      for (CheckIn checkIn : keyResult.checkIns()) {
        checkIns.add(checkIn.at().isEmpty() ? checkIn
            : CheckIn.builder().from(checkIn).date(checkIn.at().get().atZoneSameInstant(zone).toLocalDate()).build());
      }
      dated.add(KeyResult.builder().from(keyResult).checkIns(checkIns).build());
    }
    return dated;
  }
}
