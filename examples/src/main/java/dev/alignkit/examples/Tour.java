package dev.alignkit.examples;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.progress.KeyResultProgress;
import java.time.LocalDate;

/**
 * The README's five-minute tour. The code between the tour markers is copied into the README
 * word for word, and a test keeps the two the same and runs it.
 */
public final class Tour {
  private Tour() {}

  /** Runs the tour and returns what it prints. */
  public static String run() {
    StringBuilder out = new StringBuilder();
    // tour:start
    // 1. Map your HR records to immutable values.
    Cycle q3 = Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    Objective company = Objective.builder()
        .id("o-1").title("Customers recommend us").owner(Owner.organization()).cycleId("2026-Q3")
        .addKeyResult(KeyResult.increase("kr-1", "Raise NPS from 32 to 45", 32, 45, "points"))
        .build();
    Objective mine = Objective.builder()
        .id("o-2").title("Make escalations painless").owner(Owner.person("maya")).cycleId("2026-Q3")
        .alignment(Alignment.contributes("o-1", 1))
        .addKeyResult(KeyResult.decrease("kr-2", "Cut reply time from 12 h to 4 h", 12, 4, "hours")
            .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 1), 8, 0.7)))
        .build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPerson(Person.of("maya", "Maya Chen"))
        .addCycle(q3)
        .addObjectives(company, mine)
        .build();

    // 2. Ask for numbers as of a date: nothing reads the clock.
    KeyResult reply = snapshot.keyResult("kr-2").orElseThrow();
    KeyResultProgress progress = KeyResultProgress.of(reply, LocalDate.of(2026, 8, 15));
    out.append("kr-2 progress: ").append(progress.progress().getAsDouble()).append('\n');   // 0.5
    out.append("kr-1: ").append(KeyResultProgress.of(company.keyResults().get(0), LocalDate.of(2026, 8, 15))
        .undefined().orElseThrow()).append('\n');                                            // NO_DATA
    // tour:end
    return out.toString();
  }

  /** Prints the tour's output. */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
