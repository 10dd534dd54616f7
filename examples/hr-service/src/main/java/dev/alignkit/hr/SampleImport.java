package dev.alignkit.hr;

import dev.alignkit.jackson.AlignkitJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled sample organization (examples/data/organization-40.json) at start under
 * {@code alignkit.hr.sample-organization}, unless an organization of that id is stored already.
 */
@Component
class SampleImport implements ApplicationRunner {
  /** Where the build puts the sample on the class path. */
  static final String RESOURCE = "sample/organization-40.json";

  private final Organizations organizations;
  private final HrProperties properties;

  SampleImport(Organizations organizations, HrProperties properties) {
    this.organizations = organizations;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    properties.sampleOrganization().filter(id -> !organizations.contains(id)).ifPresent(id -> {
      try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
        organizations.replace(id, AlignkitJson.read(in), "sample");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
