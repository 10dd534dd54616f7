package dev.alignkit.hr;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.privacy.View;
import dev.alignkit.privacy.Viewer;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The viewer of a request is its authenticated principal, never something the request says: the
 * HTTP Basic user name or the bearer token's subject, taken as a person id. Thread-safe.
 */
@Component
class Viewers {
  private final Organizations organizations;
  private final Policy policy;

  Viewers(Organizations organizations, Policy policy) {
    this.organizations = organizations;
    this.policy = policy;
  }

  /**
   * The organization {@code organizationId} as {@code principal} sees it on {@code asOf}.
   *
   * @throws NotVisibleException if there is no such organization, or the principal is no person of
   *     it (to them it does not exist)
   */
  Seen view(String organizationId, Principal principal, LocalDate asOf) {
    OrganizationState state = organizations.get(organizationId).orElseThrow(NotVisibleException::new);
    OrganizationSnapshot snapshot = state.snapshot();
    Viewer viewer;
    try {
      viewer = Viewer.of(principal.getName());
    } catch (IllegalArgumentException e) {
      // A name that can be no person id (an invisible character, only spaces) is no person here.
      throw new NotVisibleException();
    }
    View view = View.of(snapshot, viewer, asOf, policy);
    if (!view.access().knowsViewer()) {
      throw new NotVisibleException();
    }
    return new Seen(state, view, asOf);
  }

  /** An organization's state and the request's view of it on {@code asOf}. */
  record Seen(OrganizationState state, View view, LocalDate asOf) {}
}
