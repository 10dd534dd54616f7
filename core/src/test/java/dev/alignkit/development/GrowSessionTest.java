package dev.alignkit.development;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A GROW session's Reality is written down when any of its three parts is. */
class GrowSessionTest {
  private static GrowSession.Builder session() {
    return GrowSession.builder().id("grow-maya").personId("maya").goal("Lead the product review");
  }

  @Test
  void aSessionWithoutAnyPartOfTheRealityHasNone() {
    assertFalse(session().build().hasReality());
  }

  @Test
  void whereThePersonIsNowIsReality() {
    assertTrue(session().whereNow("Runs one product area").build().hasReality());
  }

  @Test
  void whatWasDoneSoFarIsReality() {
    assertTrue(session().doneSoFar("Shipped two launches").build().hasReality());
  }

  @Test
  void howFarThereIsToGoIsReality() {
    assertTrue(session().distance("No portfolio view yet").build().hasReality());
  }
}
