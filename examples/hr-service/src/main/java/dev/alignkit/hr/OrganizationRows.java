package dev.alignkit.hr;

import dev.alignkit.jackson.JsonLinesReader;
import dev.alignkit.jackson.JsonLinesWriter;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where rows of the database become the model and back: an organization is its JSON
 * Lines (docs/json-format.md, "JSON Lines"), a row per line, and a check-in recorded by the service
 * is a row of {@code check_in}.
 *
 * <p>Stateless and thread-safe.
 */
final class OrganizationRows {
  /** What a stored organization is read with: the lines were written by the module, so the defaults hold. */
  private static final JsonLimits STORED = JsonLimits.defaults();

  private OrganizationRows() {}

  /** One stored line: its number (from 1), kind and text. */
  record Line(int number, String kind, String text) {}

  /** A check-in row: the key result it belongs to and the check-in. */
  record CheckInRow(String keyResultId, CheckIn checkIn) {}

  /**
   * The rows of {@code snapshot}: the organization line, the team lines, then a line per person,
   * as {@link JsonLinesWriter} writes them.
   */
  static List<Line> lines(OrganizationSnapshot snapshot) {
    StringWriter text = new StringWriter();
    try (JsonLinesWriter writer = JsonLinesWriter.of(text)) {
      writer.writeSnapshot(snapshot);
    }
    List<Line> lines = new ArrayList<>();
    String all = text.toString();
    int start = 0;
    for (int end = all.indexOf('\n'); end >= 0; end = all.indexOf('\n', start)) {
      String line = all.substring(start, end);
      String kind = lines.isEmpty() ? "organization" : line.startsWith("{\"team\"") ? "team" : "person";
      lines.add(new Line(lines.size() + 1, kind, line));
      start = end + 1;
    }
    return lines;
  }

  /**
   * The organization of the {@code line} column of {@code rows} (in line order) with the check-ins
   * of {@code checkIns} (in the order recorded) added to their key results. The lines are read as
   * they are fetched, a row at a time, so the organization's text is never held whole.
   *
   * @throws dev.alignkit.json.AlignkitJsonException if a stored line no longer reads
   */
  static OrganizationSnapshot snapshot(ResultSet rows, List<CheckInRow> checkIns) {
    OrganizationSnapshot read = JsonLinesReader.readSnapshot(new RowLines(rows), STORED, ErrorMode.STOP_AT_FIRST)
        .snapshot();
    return withCheckIns(read, checkIns);
  }

  /** {@code snapshot} with each check-in added to its key result; check-ins of unknown key results are left out. */
  static OrganizationSnapshot withCheckIns(OrganizationSnapshot snapshot, List<CheckInRow> checkIns) {
    if (checkIns.isEmpty()) {
      return snapshot;
    }
    Map<String, List<CheckIn>> byKeyResult = new HashMap<>();
    for (CheckInRow row : checkIns) {
      byKeyResult.computeIfAbsent(row.keyResultId(), id -> new ArrayList<>()).add(row.checkIn());
    }
    List<Objective> objectives = new ArrayList<>(snapshot.objectives().size());
    for (Objective objective : snapshot.objectives()) {
      objectives.add(withCheckIns(objective, byKeyResult));
    }
    return OrganizationSnapshot.builder().from(snapshot).objectives(objectives).build();
  }

  private static Objective withCheckIns(Objective objective, Map<String, List<CheckIn>> byKeyResult) {
    boolean touched = false;
    List<KeyResult> keyResults = new ArrayList<>(objective.keyResults().size());
    for (KeyResult keyResult : objective.keyResults()) {
      List<CheckIn> added = byKeyResult.get(keyResult.id());
      KeyResult updated = keyResult;
      if (added != null) {
        for (CheckIn checkIn : added) {
          updated = updated.withCheckIn(checkIn);
        }
        touched = true;
      }
      keyResults.add(updated);
    }
    return touched ? Objective.builder().from(objective).keyResults(keyResults).build() : objective;
  }

  /** The {@code line} column of each row as UTF-8 text, each line ended by a line feed. */
  private static final class RowLines extends InputStream {
    private final ResultSet rows;
    private byte[] line = new byte[0];
    private int at;

    RowLines(ResultSet rows) {
      this.rows = rows;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (at == line.length) {
        try {
          if (!rows.next()) {
            return -1;
          }
          line = (rows.getString("line") + "\n").getBytes(StandardCharsets.UTF_8);
          at = 0;
        } catch (SQLException e) {
          throw new IOException("cannot read a stored line", e);
        }
      }
      int n = Math.min(length, line.length - at);
      System.arraycopy(line, at, buffer, offset, n);
      at += n;
      return n;
    }
  }

  /** The check-in of a {@code check_in} row. */
  static CheckInRow checkIn(ResultSet row) throws SQLException {
    CheckIn.Builder checkIn = CheckIn.builder()
        .date(row.getObject("checked_on", java.time.LocalDate.class))
        .value(row.getDouble("value"))
        .authorId(row.getString("author_id"));
    double confidence = row.getDouble("confidence");
    if (!row.wasNull()) {
      checkIn.confidence(confidence);
    }
    String note = row.getString("note");
    if (note != null) {
      checkIn.note(note);
    }
    return new CheckInRow(row.getString("key_result_id"), checkIn.build());
  }

  /** The values of a {@code check_in} row for {@code checkIn}, by column. */
  static Map<String, Object> columns(String organizationId, String keyResultId, CheckIn checkIn) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("organization_id", organizationId);
    columns.put("key_result_id", keyResultId);
    columns.put("checked_on", checkIn.date());
    columns.put("value", checkIn.value());
    columns.put("confidence", checkIn.confidence().isPresent() ? checkIn.confidence().getAsDouble() : null);
    columns.put("note", checkIn.note().orElse(null));
    columns.put("author_id", checkIn.authorId().orElseThrow());
    return columns;
  }
}
