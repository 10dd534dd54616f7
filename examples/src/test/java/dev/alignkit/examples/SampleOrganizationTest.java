package dev.alignkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.Alignkit;
import dev.alignkit.rules.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SampleOrganizationTest {
  private static String printed(java.util.function.Consumer<PrintStream> print) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    print.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void progressListsEveryKeyResultWithItsNumberOrWhyNot() {
    String out = printed(o -> SampleOrganization.printProgress(SampleOrganization.build(), SampleOrganization.AS_OF, o));
    assertTrue(out.contains("kr-nps         Raise NPS from 32 to 45                       54%"), out);
    assertTrue(out.contains("kr-reply       Cut first-reply time from 12 h to 4 h         38%"), out);
    assertTrue(out.contains("kr-kb          Self-service answers                          30%"), out);
    assertTrue(out.contains("kr-escalations Fewer escalations                            not measurable"), out);
    assertEquals(7, out.lines().filter(l -> l.startsWith("  kr-")).count());
  }

  @Test
  void sampleReportFlagsTheActivityTheMissingTargetAndTheSilence() {
    List<Finding> findings = Alignkit.validate(SampleOrganization.build(), SampleOrganization.AS_OF).findings();
    assertEquals(List.of("okr.check-in.stale", "okr.key-result.not-measurable", "okr.key-result.activity"),
        findings.stream().map(Finding::code).toList());
    String out = printed(o -> SampleOrganization.printReport(
        Alignkit.validate(SampleOrganization.build(), SampleOrganization.AS_OF), Locale.ENGLISH, o));
    assertTrue(out.contains("Key result \"Fewer escalations\" cannot be measured: it lacks target."), out);
  }

  @Test
  void treeShowsTheAlignmentChainWithRolledUpProgress() {
    String out = printed(o -> SampleOrganization.printTree(
        dev.alignkit.progress.Rollup.of(SampleOrganization.build(), SampleOrganization.AS_OF), o));
    assertTrue(out.contains("    Make escalations painless            [##########] 100%  DONE       Maya Chen  (partial)"),
        out);
    assertTrue(out.contains("Customer support"), out);
  }

  @Test
  void readinessShowsTheNextLevelAndTheLateralMoveWithTheirGaps() {
    String out = printed(o -> SampleOrganization.printReadiness(SampleOrganization.build(), "maya",
        SampleOrganization.AS_OF, o));
    assertTrue(out.contains("  cs/CS3 (NEXT_LEVEL): 87%, not ready yet"), out);
    assertTrue(out.contains("    UNDER    troubleshooting  required 4.0  assessed 3.0"), out);
    assertTrue(out.contains("  sales/S2 (LATERAL_MOVE): 75%, not ready yet"), out);
    assertTrue(out.contains("    UNDER    negotiation      required 3.0  assessed 2.0"), out);
  }
}
