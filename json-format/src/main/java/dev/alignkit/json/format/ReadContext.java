package dev.alignkit.json.format;

import dev.alignkit.okr.CheckIn;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What reading one document learns about the document as a whole and what its parts need from it:
 * the format version, once {@code formatVersion} is read, and the zone in which a check-in given
 * only {@code at} is dated (see {@code docs/concepts.md}, "JSON").
 *
 * <p>A document may name its fields in any order, so a part can be read before what it depends on:
 * <ul>
 *   <li>a part that version 1 rejects (an objective without {@code cycleId}, a check-in without
 *       {@code date}) read before {@code formatVersion}: the first such failure is kept, and thrown
 *       when the version turns out to be 1;
 *   <li>a field that a later version dropped (an objective's single {@code alignment}, a field of
 *       versions 1 and 2) read before {@code formatVersion}: it is read as the older versions read
 *       it, and the first such field's failure is kept, and thrown when the version turns out to be
 *       one that rejects it;
 *   <li>a check-in given only {@code at} read before {@code zone}: it is dated in UTC, the default,
 *       and kept, so that {@link SnapshotRedating} dates it again in the zone read later.
 * </ul>
 * A value read on its own, outside a document, is read as the current version, in UTC
 * ({@link #known}). Not thread-safe: one per document or JSON Lines file.
 */
public final class ReadContext {
  /** The version of a document whose {@code formatVersion} is not read yet. */
  static final int UNKNOWN_VERSION = 0;

  private int version;
  private ZoneId zone = ZoneOffset.UTC;
  private boolean zoneFinal;
  private @Nullable FormatException versionOneFailure;
  private @Nullable FormatException laterVersionFailure;
  /** The last version that reads what {@link #laterVersionFailure} is about. */
  private int laterVersionFailureAfter;
  /** How many promoted attributes are being read, one inside the other. */
  private int promoting;
  private final Set<CheckIn> provisional = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean keepsTypeIdAttributes;

  /** A context for a document not yet read. */
  public ReadContext() {}

  /** A context for a part of a file whose version and zone are known, such as a person line. */
  public static ReadContext known(int version, ZoneId zone) {
    ReadContext context = new ReadContext();
    context.version = version;
    context.zone = zone;
    context.zoneFinal = true;
    return context;
  }

  /**
   * Keeps the field names that Jackson's default typing reads as class names ({@code @class},
   * {@code @c}) as attributes, which are refused otherwise; returns this context.
   */
  public ReadContext keepingTypeIdAttributes() {
    keepsTypeIdAttributes = true;
    return this;
  }

  /** Whether {@code @class} and {@code @c} are kept as attributes rather than refused. */
  boolean keepsTypeIdAttributes() {
    return keepsTypeIdAttributes;
  }

  /** The document's format version, or {@link #UNKNOWN_VERSION}. */
  public int version() {
    return version;
  }

  /** Whether the document is of version 1, or may turn out to be: its version is not read yet. */
  boolean mayBeVersionOne() {
    return version < 2;
  }

  /**
   * Records the document's version; throws the failure kept for a part read before it that this
   * version rejects.
   */
  public void version(int version) {
    this.version = version;
    if (version == 1 && versionOneFailure != null) {
      throw versionOneFailure;
    }
    if (version > laterVersionFailureAfter && laterVersionFailure != null) {
      throw laterVersionFailure;
    }
  }

  /**
   * A part that version 1 rejects, such as a missing {@code cycleId}: thrown at once in a version 1
   * document, kept while the version is unknown, and nothing in a later version.
   */
  void rejectedByVersionOne(FormatException failure) {
    if (version == 1) {
      throw failure;
    }
    if (version == UNKNOWN_VERSION && versionOneFailure == null) {
      versionOneFailure = failure;
    }
  }

  /** Whether a failure of {@link #rejectedAfter} is kept already, so that a later one need not be made. */
  boolean keepsLaterVersionFailure() {
    return laterVersionFailure != null;
  }

  /**
   * A field read while the version is unknown that versions after {@code lastVersion} reject, such
   * as an objective's {@code alignment}: the first such failure is kept, and thrown when the
   * version turns out to be later than {@code lastVersion}.
   */
  void rejectedAfter(int lastVersion, FormatException failure) {
    if (laterVersionFailure == null) {
      laterVersionFailure = failure;
      laterVersionFailureAfter = lastVersion;
    }
  }

  /**
   * Whether an attribute of an older document named like a newer field is being read as that
   * field: what it holds is then read as the newer version has it, without promoting again.
   */
  boolean isPromoting() {
    return promoting > 0;
  }

  /** Starts ({@code true}) or ends reading a promoted attribute. */
  void promoting(boolean starts) {
    promoting += starts ? 1 : -1;
  }

  /** The zone in force: the document's {@code zone} once read, UTC until then. */
  ZoneId zone() {
    return zone;
  }

  /** Records the document's {@code zone}; the check-ins read after it are dated in it. */
  void zone(ZoneId zone) {
    this.zone = zone;
    this.zoneFinal = true;
  }

  /** Ends the document: no {@code zone} follows, so UTC stays when none was read. */
  void finishZone() {
    zoneFinal = true;
  }

  /**
   * {@code checkIn}, read with {@code at} and without {@code date}, dated on the day its instant
   * falls on in the zone in force; kept to be dated again when the zone is not read yet.
   */
  CheckIn dated(CheckIn checkIn) {
    LocalDate day = checkIn.at().orElseThrow().atZoneSameInstant(zone).toLocalDate();
    CheckIn dated = day.equals(checkIn.date()) ? checkIn : CheckIn.builder().from(checkIn).date(day).build();
    if (!zoneFinal) {
      provisional.add(dated);
    }
    return dated;
  }

  /** Whether {@code checkIn} is one that {@link #dated} dated before the zone was known. */
  boolean isProvisional(CheckIn checkIn) {
    return provisional.contains(checkIn);
  }

  /** Whether some check-in was dated before the zone was known, and the zone read since differs from UTC. */
  boolean needsRedating() {
    return !provisional.isEmpty() && !zone.equals(ZoneOffset.UTC);
  }
}
