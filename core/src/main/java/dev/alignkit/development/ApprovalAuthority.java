package dev.alignkit.development;

/**
 * Who may agree to a person's development goals: someone in the person's manager chain or an HR
 * administrator. {@code dev.alignkit.org.OrganizationSnapshot} implements it from its reporting
 * line; an application may supply its own.
 */
@FunctionalInterface
public interface ApprovalAuthority {
  /** Whether {@code approverId} may agree to the goals of {@code personId}. */
  boolean mayAgree(String approverId, String personId);
}
