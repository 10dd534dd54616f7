package dev.alignkit.json.format;

import dev.alignkit.json.PersonBundle;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.Team;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One team line or one person line of a JSON Lines export, read and checked by {@link Lines}. */
public final class Line {
  private final @Nullable Team team;
  private final List<Objective> teamObjectives;
  private final @Nullable PersonBundle person;

  Line(@Nullable Team team, List<Objective> teamObjectives, @Nullable PersonBundle person) {
    this.team = team;
    this.teamObjectives = teamObjectives;
    this.person = person;
  }

  /** The team of a team line; null for a person line. */
  public @Nullable Team team() {
    return team;
  }

  /** The objectives of a team line. */
  public List<Objective> teamObjectives() {
    return teamObjectives;
  }

  /** The bundle of a person line; null for a team line. */
  public @Nullable PersonBundle person() {
    return person;
  }
}
