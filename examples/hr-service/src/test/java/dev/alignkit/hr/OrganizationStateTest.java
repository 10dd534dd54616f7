package dev.alignkit.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.Rollup;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** An organization in memory: check-ins applied after they are stored, and only then. */
class OrganizationStateTest {
  private static final LocalDate TODAY = HrServiceEndpointsTest.TODAY;
  private static final OrganizationSnapshot SAMPLE = HrServiceEndpointsTest.sample();

  @Test
  void aStoredCheckInChangesTheRollupAsAFullRollupOfTheUpdatedOrganization() {
    OrganizationState state = new OrganizationState(SAMPLE, Policy.defaults(), TODAY);
    AtomicInteger stored = new AtomicInteger();

    List<String> changed = state.checkIn("kr-cache", CheckIn.of(TODAY, 88, 0.9), TODAY, stored::incrementAndGet);

    assertThat(stored).hasValue(1);
    assertThat(changed).startsWith("kr-cache").contains("o-raj-perf");
    Rollup full = Rollup.of(state.snapshot(), TODAY, Policy.defaults());
    assertThat(state.rollup(TODAY).objectives()).isEqualTo(full.objectives());
    assertThat(state.snapshot().keyResult("kr-cache").orElseThrow().checkIns()).last()
        .isEqualTo(CheckIn.of(TODAY, 88, 0.9));
  }

  @Test
  void aCheckInThatFailsToStoreChangesNothingInMemory() {
    OrganizationState state = new OrganizationState(SAMPLE, Policy.defaults(), TODAY);

    assertThatThrownBy(() -> state.checkIn("kr-cache", CheckIn.of(TODAY, 88), TODAY, () -> {
      throw new IllegalStateException("database down");
    })).hasMessage("database down");

    assertThat(state.snapshot()).isEqualTo(SAMPLE);
    assertThat(state.rollup(TODAY).objectives()).isEqualTo(Rollup.of(SAMPLE, TODAY, Policy.defaults()).objectives());
  }

  @Test
  void aReplacedOrganizationTakesNoMoreCheckIns() {
    OrganizationState state = new OrganizationState(SAMPLE, Policy.defaults(), TODAY);
    state.replaced();
    AtomicInteger stored = new AtomicInteger();

    assertThatThrownBy(() -> state.checkIn("kr-cache", CheckIn.of(TODAY, 88), TODAY, stored::incrementAndGet))
        .isInstanceOfSatisfying(ResponseStatusException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    assertThat(stored).hasValue(0);
    assertThat(state.snapshot()).isEqualTo(SAMPLE);
  }
}
