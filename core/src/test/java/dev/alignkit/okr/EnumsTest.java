package dev.alignkit.okr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the OKR enums promise to the calculator and the rules (DOMAIN sections 2 and 3). */
class EnumsTest {
  @Test
  void onlyActiveAndClosedItemsCount() {
    Set<OkrStatus> counted = EnumSet.noneOf(OkrStatus.class);
    for (OkrStatus status : OkrStatus.values()) {
      if (status.counts()) {
        counted.add(status);
      }
    }
    assertEquals(EnumSet.of(OkrStatus.ACTIVE, OkrStatus.CLOSED), counted);
  }

  @Test
  void onlyIncreasingDecreasingOrdinalAndRollupKeyResultsArePaced() {
    Set<KeyResultKind> paced = EnumSet.noneOf(KeyResultKind.class);
    for (KeyResultKind kind : KeyResultKind.values()) {
      if (kind.isPaceable()) {
        paced.add(kind);
      }
    }
    assertEquals(EnumSet.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE, KeyResultKind.ORDINAL,
        KeyResultKind.ROLLUP), paced);
  }
}
