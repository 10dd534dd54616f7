package dev.alignkit.hr;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organizations the service holds: each stored one, loaded into an {@link OrganizationState}
 * when the service starts (so each roll-up index is rebuilt from the database), replaced on
 * import, updated by check-ins. Thread-safe.
 */
@Service
class Organizations {
  private final OrganizationStore store;
  private final Policy policy;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final Map<String, OrganizationState> states = new ConcurrentHashMap<>();

  Organizations(OrganizationStore store, Policy policy, Clock clock, TransactionTemplate transactions) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
    this.transactions = transactions;
    for (String id : store.ids()) {
      states.put(id, new OrganizationState(store.load(id).orElseThrow(), policy, today()));
    }
  }

  /** Today by the service's clock. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The organization {@code id}; empty when none is held. */
  Optional<OrganizationState> get(String id) {
    return Optional.ofNullable(states.get(id));
  }

  /** Whether an organization of this id is held. */
  boolean contains(String id) {
    return states.containsKey(id);
  }

  /** Stores {@code snapshot} as the organization {@code id}, replacing any before it, and holds it. */
  void replace(String id, OrganizationSnapshot snapshot, String importedBy) {
    // Replacing an organization while another thread records a check-in in it: the lock of the
    // old state orders the two. A check-in before the import goes with the old organization's
    // rows; one that waited for the lock finds the old state replaced and is refused.
    OrganizationState old = states.get(id);
    Runnable replace = () -> {
      store.replace(id, snapshot, importedBy, clock.instant());
      states.put(id, new OrganizationState(snapshot, policy, today()));
    };
    if (old == null) {
      synchronized (this) {
        replace.run();
      }
    } else {
      synchronized (old) {
        replace.run();
        old.replaced();
      }
    }
  }

  /**
   * Records {@code checkIn} of the key result {@code keyResultId} of organization {@code id} in a
   * transaction, then applies it in memory.
   *
   * @return the ids whose roll-up changed
   */
  List<String> checkIn(OrganizationState state, String id, String keyResultId, CheckIn checkIn) {
    return state.checkIn(keyResultId, checkIn, today(), () -> transactions.executeWithoutResult(
        status -> store.addCheckIn(id, keyResultId, checkIn, clock.instant())));
  }
}
