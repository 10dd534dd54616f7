package dev.alignkit.hr;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings, {@code alignkit.hr.*} (the policy is the starter's
 * {@code alignkit.policy.*}).
 *
 * @param sampleOrganization the id under which the bundled sample organization is imported at
 *     start when no organization of that id is stored; empty for none
 * @param today a fixed date to use as today (tests and demonstrations); empty for the system clock
 * @param maxImportSize the largest organization document or JSON Lines file accepted
 * @param embeddedDatabase the embedded PostgreSQL, started when no {@code spring.datasource.url} is set
 * @param demoUsers HTTP Basic users for local use
 */
@ConfigurationProperties("alignkit.hr")
public record HrProperties(
    Optional<String> sampleOrganization,
    Optional<LocalDate> today,
    @DefaultValue("64MB") DataSize maxImportSize,
    @DefaultValue EmbeddedDatabaseProperties embeddedDatabase,
    @DefaultValue DemoUsers demoUsers) {

  /** Binding leaves an absent optional value null: it is empty. */
  public HrProperties {
    sampleOrganization = sampleOrganization == null ? Optional.empty() : sampleOrganization.filter(id -> !id.isBlank());
    today = today == null ? Optional.empty() : today;
  }

  /**
   * The embedded PostgreSQL.
   *
   * @param dataDirectory where it keeps its data between starts; empty for a fresh temporary
   *     directory each start
   */
  public record EmbeddedDatabaseProperties(Optional<Path> dataDirectory) {
    /** Binding leaves an absent directory null: it is empty. */
    public EmbeddedDatabaseProperties {
      dataDirectory = dataDirectory == null ? Optional.empty() : dataDirectory;
    }
  }

  /**
   * People of the organization who may sign in with HTTP Basic, for local use only: the production
   * profile turns them off and takes OAuth2 bearer tokens instead.
   *
   * @param enabled whether HTTP Basic sign-in is on
   * @param password the one password of every demo user
   * @param users the person ids that may sign in
   * @param importers those of them who may also import organizations
   */
  public record DemoUsers(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("demo") String password,
      @DefaultValue List<String> users,
      @DefaultValue List<String> importers) {}
}
