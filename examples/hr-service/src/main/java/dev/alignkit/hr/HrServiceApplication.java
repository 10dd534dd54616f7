package dev.alignkit.hr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * An HR service on the Alignkit starter and PostgreSQL: start it with {@link #main}, then import an
 * organization, record check-ins and read findings, advice, readiness, the objectives with their
 * progress and a person's review over HTTP (docs/embedding.md, "HR service").
 *
 * <p>Without {@code spring.datasource.url} it starts its own PostgreSQL ({@link EmbeddedDatabase})
 * and imports the bundled 40-person sample organization as {@code northwind}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HrServiceApplication {
  /** Made by Spring. */
  HrServiceApplication() {}

  /** Starts the service; Spring Boot's arguments apply ({@code --server.port=9090}). */
  public static void main(String[] args) {
    SpringApplication.run(HrServiceApplication.class, args);
  }
}
