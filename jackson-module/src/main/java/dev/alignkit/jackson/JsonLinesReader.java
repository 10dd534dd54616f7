package dev.alignkit.jackson;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.AlignkitJsonException.Kind;
import dev.alignkit.jackson.internal.Line;
import dev.alignkit.jackson.internal.LineParser;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.json.format.IdRegistry;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.io.Closeable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines export one line at a time, so that a million people never make one tree in
 * memory:
 *
 * <pre>{@code
 * try (JsonLinesReader reader = JsonLinesReader.open(path, JsonLimits.defaults(), ErrorMode.COLLECT_AND_CONTINUE)) {
 *   OrganizationSnapshot organization = reader.organization();   // line 1 and the team lines
 *   reader.forEachPerson(bundle -> review(organization, bundle));  // one person line at a time
 *   reader.errors().forEach(e -> log(e.getMessage()));             // "... (line 3, column 12)"
 * }
 * }</pre>
 *
 * <p>The format is in {@code docs/concepts.md}, "JSON" (JSON Lines): the organization line, then
 * a line per team, then a line per person. Opening the reader reads the organization line and the
 * team lines, which make {@link #organization()}; the person lines are read as they are asked for.
 * Each line is checked on its own: its JSON, its limits, that what it holds belongs to its team or
 * person, and that it would make a valid snapshot with the organization's skill catalog. Ids are
 * checked across the organization and team lines; across person lines only
 * {@link #readSnapshot(Path, JsonLimits, ErrorMode)} checks them, since that needs every id in memory.
 * The organization line's {@code formatVersion} (1, 2 or 3) and {@code zone} hold for every line: a
 * check-in given only {@code at} on a person line is dated in that zone.
 *
 * <p>An error is an {@link AlignkitJsonException} whose {@link AlignkitJsonException#line() line}
 * is the line's number in the file and whose pointer is within that line. The {@link ErrorMode}
 * says whether the first one is thrown or each bad line is skipped and its error kept. Not
 * thread-safe; people can be read once.
 */
public final class JsonLinesReader implements Closeable {
  /** The input and the parsing of its lines, with one table of shared references for all of them. */
  private final LineParser lines;
  private final ErrorMode mode;
  private final @Nullable IdRegistry registry;
  private final List<AlignkitJsonException> errors = new ArrayList<>();
  private final OrganizationSnapshot organization;
  private @Nullable PersonBundle pending;
  private boolean peopleRead;
  private boolean closed;

  private JsonLinesReader(LineParser lines, ErrorMode mode, boolean idsAcrossPeople) {
    this.lines = lines;
    this.mode = mode;
    IdRegistry ids = new IdRegistry();
    this.organization = readOrganization(ids);
    this.registry = idsAcrossPeople ? ids : null;
  }

  /**
   * Opens {@code file} within the default limits, stopping at the first error.
   *
   * @param file a UTF-8 JSON Lines file; not null
   * @throws AlignkitJsonException if the file cannot be read or its organization or team lines are bad
   */
  public static JsonLinesReader open(Path file) {
    return open(file, JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST);
  }

  /**
   * Opens {@code file} and reads its organization and team lines; {@link #close()} closes the file.
   *
   * @param file a UTF-8 JSON Lines file; not null
   * @param limits the limits of each line; not null
   * @param mode what to do with a bad line; not null
   * @throws AlignkitJsonException if the file cannot be read, its organization line is bad, or, when
   *     stopping at the first error, a team line is bad
   */
  public static JsonLinesReader open(Path file, JsonLimits limits, ErrorMode mode) {
    return open(file, limits, mode, false);
  }

  private static JsonLinesReader open(Path file, JsonLimits limits, ErrorMode mode, boolean idsAcrossPeople) {
    requireNonNull(file, "file");
    return start(() -> LineParser.open(file, limits), limits, mode, idsAcrossPeople);
  }

  /**
   * Reads from {@code in}, which {@link #close()} leaves open, and reads its organization and team lines.
   *
   * @param in the file's UTF-8 bytes; not null
   * @param limits the limits of each line; not null
   * @param mode what to do with a bad line; not null
   * @throws AlignkitJsonException if the stream fails, its organization line is bad, or, when
   *     stopping at the first error, a team line is bad
   */
  public static JsonLinesReader of(InputStream in, JsonLimits limits, ErrorMode mode) {
    return ofStream(in, limits, mode, false);
  }

  private static JsonLinesReader ofStream(InputStream in, JsonLimits limits, ErrorMode mode, boolean idsAcrossPeople) {
    requireNonNull(in, "in");
    return start(() -> LineParser.of(in, limits), limits, mode, idsAcrossPeople);
  }

  /**
   * Checks the arguments both sources share, then reads the organization and team lines from the
   * parser {@code source} opens; a file it opened is closed again when that fails.
   */
  private static JsonLinesReader start(Supplier<LineParser> source, JsonLimits limits, ErrorMode mode,
      boolean idsAcrossPeople) {
    requireNonNull(limits, "limits");
    requireNonNull(mode, "mode");
    LineParser lines = source.get();
    try {
      return new JsonLinesReader(lines, mode, idsAcrossPeople);
    } catch (RuntimeException e) {
      lines.closeAfter(e);
      throw e;
    }
  }

  /**
   * Reads a whole JSON Lines file into one snapshot, for when it fits in memory (a review, a
   * test). Ids are checked across all lines; in {@link ErrorMode#COLLECT_AND_CONTINUE} a line that
   * repeats an id of an earlier line is skipped like any bad line.
   *
   * @param file a UTF-8 JSON Lines file; not null
   * @param limits the limits of each line; not null
   * @param mode what to do with a bad line; not null
   * @throws AlignkitJsonException if the file cannot be read, its organization line is bad, or, when
   *     stopping at the first error, any line is bad
   */
  public static JsonLinesResult readSnapshot(Path file, JsonLimits limits, ErrorMode mode) {
    try (JsonLinesReader reader = open(file, limits, mode, true)) {
      return reader.readAll();
    }
  }

  /**
   * Reads a whole JSON Lines stream into one snapshot, as {@link #readSnapshot(Path, JsonLimits, ErrorMode)}
   * does; {@code in} is left open.
   *
   * @param in the file's UTF-8 bytes; not null
   * @param limits the limits of each line; not null
   * @param mode what to do with a bad line; not null
   * @throws AlignkitJsonException if the stream fails, its organization line is bad, or, when
   *     stopping at the first error, any line is bad
   */
  public static JsonLinesResult readSnapshot(InputStream in, JsonLimits limits, ErrorMode mode) {
    try (JsonLinesReader reader = ofStream(in, limits, mode, true)) {
      return reader.readAll();
    }
  }

  private JsonLinesResult readAll() {
    List<Person> people = new ArrayList<>();
    List<Objective> objectives = new ArrayList<>(organization.objectives());
    List<SkillProfile> profiles = new ArrayList<>(organization.profiles());
    List<DevelopmentPlan> plans = new ArrayList<>(organization.plans());
    List<CareerVision> visions = new ArrayList<>(organization.visions());
    List<GrowSession> sessions = new ArrayList<>(organization.growSessions());
    forEachPerson(bundle -> {
      people.add(bundle.person());
      objectives.addAll(bundle.objectives());
      bundle.profile().ifPresent(profiles::add);
      plans.addAll(bundle.plans());
      visions.addAll(bundle.visions());
      sessions.addAll(bundle.growSessions());
    });
    OrganizationSnapshot snapshot;
    try {
      snapshot = OrganizationSnapshot.builder().from(organization).people(people).objectives(objectives)
          .profiles(profiles).plans(plans).visions(visions).growSessions(sessions).build();
    } catch (IllegalArgumentException e) {
      // The lines were checked one by one and against each other; this is a rule of the model
      // that those checks do not know.
      throw new AlignkitJsonException(Kind.INVALID_VALUE, "", -1, -1,
          "the lines do not make one snapshot: " + e.getMessage(), e);
    }
    return JsonLinesResult.of(snapshot, errors, lines.number());
  }

  /** The organization line with the team lines: everything but the people and what is theirs. */
  public OrganizationSnapshot organization() {
    return organization;
  }

  /**
   * The people, one person line at a time, read as the stream is consumed; the stream can be
   * consumed once. In {@link ErrorMode#STOP_AT_FIRST} a bad line throws its
   * {@link AlignkitJsonException} from the stream; otherwise it is skipped and its error kept.
   *
   * @throws IllegalStateException if the people were already read or the reader is closed
   */
  public Stream<PersonBundle> people() {
    if (peopleRead || closed) {
      throw new IllegalStateException(closed ? "the reader is closed" : "the people were already read");
    }
    peopleRead = true;
    Iterator<PersonBundle> iterator = new Iterator<>() {
      private @Nullable PersonBundle next = pending;

      {
        pending = null;
      }

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = nextPerson();
        }
        return next != null;
      }

      @Override
      public PersonBundle next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        PersonBundle bundle = next;
        next = null;
        return bundle;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Gives each person line's bundle to {@code action}, in file order, as {@link #people()} does.
   *
   * @param action not null
   * @throws AlignkitJsonException when stopping at the first error, at the first bad line
   */
  public void forEachPerson(Consumer<? super PersonBundle> action) {
    requireNonNull(action, "action");
    people().forEach(action);
  }

  /** The errors of the lines skipped so far, in line order; empty when stopping at the first error. */
  public List<AlignkitJsonException> errors() {
    return List.copyOf(errors);
  }

  /** The number of the last line read, blank lines included. */
  public long lineNumber() {
    return lines.number();
  }

  /** Closes the file that {@link #open(Path)} opened; a stream given to {@link #of} is left open. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      lines.close();
    }
  }

  private OrganizationSnapshot readOrganization(IdRegistry ids) {
    if (!nextLine()) {
      throw new AlignkitJsonException(Kind.INVALID_VALUE, "", -1, -1,
          "the file is empty: its first line must be the organization line", null);
    }
    OrganizationSnapshot header = lines.organization();
    ids.addOrganization(header, lines.number());
    List<Team> teams = new ArrayList<>();
    List<Objective> objectives = new ArrayList<>(header.objectives());
    while (nextLine()) {
      Line line = parseLine(header, ids, true);
      if (line == null) {
        continue;
      }
      Team team = line.team();
      if (team == null) {
        pending = line.person();
        break;
      }
      teams.add(team);
      objectives.addAll(line.teamObjectives());
    }
    if (teams.isEmpty()) {
      return header;
    }
    try {
      return OrganizationSnapshot.builder().from(header).teams(teams).objectives(objectives).build();
    } catch (IllegalArgumentException e) {
      throw new AlignkitJsonException(Kind.INVALID_VALUE, "", -1, -1,
          "the team lines do not make one organization: " + e.getMessage(), e);
    }
  }

  private @Nullable PersonBundle nextPerson() {
    while (nextLine()) {
      // Team lines are refused here, so a line read is a person line.
      Line line = parseLine(organization, registry, false);
      if (line != null) {
        return line.person();
      }
    }
    return null;
  }

  /** The team or person line at the current line, or null when it was bad and skipped. */
  private @Nullable Line parseLine(OrganizationSnapshot header, @Nullable IdRegistry ids, boolean teamsAllowed) {
    try {
      return lines.teamOrPerson(header.skillCatalog(), teamsAllowed, ids);
    } catch (AlignkitJsonException e) {
      if (mode == ErrorMode.STOP_AT_FIRST) {
        throw e;
      }
      errors.add(e);
      return null;
    }
  }

  /** Moves to the next line that is not blank; false at the end. */
  private boolean nextLine() {
    if (closed) {
      throw new IllegalStateException("the reader is closed");
    }
    return lines.next();
  }
}
