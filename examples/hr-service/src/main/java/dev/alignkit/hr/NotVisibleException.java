package dev.alignkit.hr;

/**
 * What was asked is not there for this viewer: an organization, person or key result that does not
 * exist, or one whose data the viewer may not see. Answered with one 404 problem whatever the
 * reason, so that a refusal tells nothing (docs/privacy.md, "Not visible").
 */
final class NotVisibleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotVisibleException() {
    super("not visible", null, false, false);
  }
}
