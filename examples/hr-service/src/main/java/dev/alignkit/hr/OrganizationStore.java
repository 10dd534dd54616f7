package dev.alignkit.hr;

import dev.alignkit.hr.OrganizationRows.CheckInRow;
import dev.alignkit.hr.OrganizationRows.Line;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.org.OrganizationSnapshot;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations and their check-ins in PostgreSQL, through {@link JdbcClient}; what a row means is
 * {@link OrganizationRows}'s business. Thread-safe.
 */
@Repository
class OrganizationStore {
  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final JdbcTemplate lines;

  OrganizationStore(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.lines = new JdbcTemplate(batches.getDataSource());
    this.lines.setFetchSize(1_000);
  }

  /** The ids of the stored organizations, in order. */
  List<String> ids() {
    return jdbc.sql("SELECT id FROM organization ORDER BY id").query(String.class).list();
  }

  /** Whether an organization of this id is stored. */
  boolean exists(String id) {
    return jdbc.sql("SELECT count(*) FROM organization WHERE id = ?").param(id).query(Integer.class).single() > 0;
  }

  /**
   * Stores {@code snapshot} as the organization {@code id}, in one transaction, replacing what was
   * stored under that id with its check-ins.
   */
  @Transactional
  void replace(String id, OrganizationSnapshot snapshot, String importedBy, Instant importedAt) {
    jdbc.sql("DELETE FROM organization WHERE id = ?").param(id).update();
    jdbc.sql("INSERT INTO organization (id, imported_at, imported_by) VALUES (?, ?, ?)")
        .param(id).param(Timestamp.from(importedAt)).param(importedBy).update();
    List<Line> lines = OrganizationRows.lines(snapshot);
    batches.batchUpdate(
        "INSERT INTO organization_line (organization_id, line_number, kind, line) VALUES (?, ?, ?, ?::json)",
        lines, 1_000, (statement, line) -> {
          statement.setString(1, id);
          statement.setInt(2, line.number());
          statement.setString(3, line.kind());
          statement.setString(4, line.text());
        });
  }

  /** The organization {@code id} with every check-in recorded for it; empty when none is stored. */
  @Transactional(readOnly = true)
  Optional<OrganizationSnapshot> load(String id) {
    if (!exists(id)) {
      return Optional.empty();
    }
    List<CheckInRow> checkIns = jdbc.sql("SELECT * FROM check_in WHERE organization_id = ? ORDER BY sequence")
        .param(id).query((row, number) -> OrganizationRows.checkIn(row)).list();
    // Fetched a thousand lines at a time (in a transaction; PostgreSQL's driver fetches everything
    // at once outside one) and read as they come.
    return Optional.of(lines.query(
        "SELECT line::text AS line FROM organization_line WHERE organization_id = ? ORDER BY line_number",
        (ResultSetExtractor<OrganizationSnapshot>) rows -> OrganizationRows.snapshot(rows, checkIns), id));
  }

  /** Records a check-in of the key result {@code keyResultId}; {@code checkIn} names its author. */
  void addCheckIn(String organizationId, String keyResultId, CheckIn checkIn, Instant recordedAt) {
    jdbc.sql("INSERT INTO check_in (organization_id, key_result_id, checked_on, value, confidence, note, author_id,"
            + " recorded_at) VALUES (:organization_id, :key_result_id, :checked_on, :value, :confidence, :note,"
            + " :author_id, :recorded_at)")
        .params(OrganizationRows.columns(organizationId, keyResultId, checkIn))
        .param("recorded_at", Timestamp.from(recordedAt))
        .update();
  }
}
