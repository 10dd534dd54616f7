package dev.alignkit.examples;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;

/** Shorthands the examples share to write career ladders as data, one level a line. */
final class Ladders {
  private Ladders() {}

  /** An individual-contributor ladder with {@code levels} in the order given. */
  static CareerLadder ladder(String id, String name, Level... levels) {
    return CareerLadder.builder().id(id).name(name).addLevels(levels).build();
  }

  /** A level named by its id. */
  static Level level(String id, int rank, Expectation... expectations) {
    return level(id, id, rank, expectations);
  }

  /** A level. */
  static Level level(String id, String name, int rank, Expectation... expectations) {
    return Level.builder().id(id).name(name).rank(rank).addExpectations(expectations).build();
  }
}
