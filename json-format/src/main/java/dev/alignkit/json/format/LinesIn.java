package dev.alignkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.AlignkitJsonException.Kind;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * What each binding's public {@code JsonLinesReader} does, in one place: it reads the
 * organization and team lines when opened and the person lines as they are asked for, through
 * the binding's {@link LineTokens}; the public class adds nothing but its javadoc. Not thread-safe.
 */
public final class LinesIn {
  /** The input and the parsing of its lines, with one table of shared references for all of them. */
  private final LineParser lines;
  private final ErrorMode mode;
  private final @Nullable IdRegistry registry;
  private final List<AlignkitJsonException> errors = new ArrayList<>();
  private final OrganizationSnapshot organization;
  private @Nullable PersonBundle pending;
  private boolean peopleRead;
  private boolean closed;

  private LinesIn(LineParser lines, ErrorMode mode, boolean idsAcrossPeople) {
    this.lines = lines;
    this.mode = mode;
    IdRegistry ids = new IdRegistry();
    this.organization = readOrganization(ids);
    this.registry = idsAcrossPeople ? ids : null;
  }

  /**
   * Opens {@code file} and reads its organization and team lines; {@link #close()} closes the file.
   *
   * @param tokens the binding's parser of a line within the limits it is given
   * @param idsAcrossPeople whether ids are checked across person lines too, which keeps them all in memory
   */
  public static LinesIn open(Path file, JsonLimits limits, ErrorMode mode, Function<JsonLimits, LineTokens> tokens,
      boolean idsAcrossPeople) {
    requireNonNull(file, "file");
    requireNonNull(limits, "limits");
    requireNonNull(mode, "mode");
    return start(LineParser.open(file, limits, tokens.apply(limits)), mode, idsAcrossPeople);
  }

  /** Reads from {@code in}, which {@link #close()} leaves open, and reads its organization and team lines. */
  public static LinesIn of(InputStream in, JsonLimits limits, ErrorMode mode, Function<JsonLimits, LineTokens> tokens,
      boolean idsAcrossPeople) {
    requireNonNull(in, "in");
    requireNonNull(limits, "limits");
    requireNonNull(mode, "mode");
    return start(LineParser.of(in, limits, tokens.apply(limits)), mode, idsAcrossPeople);
  }

  /** Reads the organization and team lines from {@code lines}; a file it opened is closed again when that fails. */
  private static LinesIn start(LineParser lines, ErrorMode mode, boolean idsAcrossPeople) {
    try {
      return new LinesIn(lines, mode, idsAcrossPeople);
    } catch (RuntimeException e) {
      lines.closeAfter(e);
      throw e;
    }
  }

  /** Reads the rest of the file into one snapshot with the organization. */
  public JsonLinesResult readAll() {
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

  /** Closes the file that {@link #open} opened; a stream given to {@link #of} is left open. */
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
