package dev.alignkit.examples;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;

/** Shorthands the examples share to write the career model as data: skills, ladders, levels. */
final class Careers {
  private Careers() {}

  /** A catalog of {@code skills}. */
  static SkillCatalog catalog(Skill... skills) {
    return SkillCatalog.builder().addSkills(skills).build();
  }

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
