package dev.alignkit.hr;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * A PostgreSQL of its own when no {@code spring.datasource.url} names one: zonky's embedded
 * PostgreSQL, whose binaries come from Maven, so one command starts the service on a fresh machine.
 * PostgreSQL refuses to run as root; as root, zonky runs its binaries under {@code unshare -U} (a
 * user namespace in which they are an unprivileged user) when that command works, and fails with
 * PostgreSQL's "cannot be run as root" otherwise.
 *
 * <p>The data lives in a temporary directory that is removed at the end, unless
 * {@code alignkit.hr.embedded-database.data-directory} names one to keep.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoDataSourceUrl.class)
class EmbeddedDatabase {
  /** The embedded server; closed, and its data removed unless kept, when the application stops. */
  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(HrProperties properties) {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    properties.embeddedDatabase().dataDirectory().ifPresent(directory -> builder.setDataDirectory(directory)
        .setCleanDataDirectory(false));
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  /** A connection pool on the embedded server's {@code postgres} database. */
  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setPoolName("alignkit-hr");
    pool.setMaximumPoolSize(10);
    return pool;
  }

  /** Matches when {@code spring.datasource.url} is not set. */
  static final class NoDataSourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}
