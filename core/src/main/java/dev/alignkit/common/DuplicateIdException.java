package dev.alignkit.common;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a snapshot is built with two items of one kind that share an id. It names the
 * kind, the id and both places, so that the source data can be fixed.
 */
public final class DuplicateIdException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final String firstPlace;
  private final String secondPlace;

  /**
   * Creates the exception.
   *
   * @param kind the kind of item, such as {@code "objective"}; not null
   * @param id the shared id; not null
   * @param firstPlace the path of the first item, such as {@code "objectives[0]"}; not null
   * @param secondPlace the path of the second item; not null
   */
  public DuplicateIdException(String kind, String id, String firstPlace, String secondPlace) {
    super("duplicate " + kind + " id '" + id + "' at " + firstPlace + " and " + secondPlace);
    this.kind = requireNonNull(kind, "kind");
    this.id = requireNonNull(id, "id");
    this.firstPlace = requireNonNull(firstPlace, "firstPlace");
    this.secondPlace = requireNonNull(secondPlace, "secondPlace");
  }

  /** Returns the kind of item, such as {@code "objective"} or {@code "key result"}. */
  public String kind() {
    return kind;
  }

  /** Returns the id that two items share. */
  public String id() {
    return id;
  }

  /** Returns the path of the item that came first. */
  public String firstPlace() {
    return firstPlace;
  }

  /** Returns the path of the item that repeated the id. */
  public String secondPlace() {
    return secondPlace;
  }
}
