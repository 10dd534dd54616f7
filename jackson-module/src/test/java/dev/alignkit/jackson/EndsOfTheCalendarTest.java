package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document whose dates lie on the last days {@code java.time} knows reads, validates and writes
 * back unchanged: the cycle ending {@code +999999999-12-31} of issue #25, which once made
 * {@code okr.check-in.date} throw a {@code DateTimeException} while validating.
 */
class EndsOfTheCalendarTest {
  private static final Binding BINDING = Binding.current();
  private static final String LAST_QUARTER = """
      {
        "formatVersion": 3,
        "people": [{"id": "maya", "name": "Maya Chen"}],
        "cycles": [
          {"id": "last", "name": "The last quarter", "startInclusive": "+999999999-10-01",
           "endInclusive": "+999999999-12-31"}
        ],
        "objectives": [
          {
            "id": "o-1",
            "title": "Customers recommend us",
            "owner": {"kind": "ORGANIZATION"},
            "cycleId": "last",
            "keyResults": [
              {
                "id": "kr-1",
                "title": "Raise NPS from 32 to 45",
                "kind": "INCREASE",
                "start": 32,
                "target": 45,
                "unit": "points",
                "checkIns": [
                  {"date": "+999999999-09-30", "value": 30},
                  {"date": "+999999999-12-20", "value": 38, "confidence": 0.8},
                  {"date": "+999999999-12-31", "value": 40}
                ]
              }
            ]
          }
        ]
      }
      """;

  @Test
  void aCycleEndingOnTheLastDayOfTheCalendarReadsValidatesAndWritesBack() {
    OrganizationSnapshot snapshot = BINDING.fromJson(LAST_QUARTER);

    Report report = Validator.defaults().validate(snapshot, LocalDate.MAX);

    assertEquals(LocalDate.MAX, snapshot.cycle("last").orElseThrow().endInclusive());
    assertEquals(List.of("WARNING okr.check-in.date at objectives[o-1].keyResults[kr-1].checkIns[+999999999-09-30]"
            + " {keyResult=Raise NPS from 32 to 45, date=+999999999-09-30, cycle=last, grace=14}"),
        report.findings().stream().map(Finding::toString).toList());
    assertEquals(snapshot, BINDING.fromJson(BINDING.toJson(snapshot)));
  }
}
