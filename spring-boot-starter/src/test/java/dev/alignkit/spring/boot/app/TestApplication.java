package dev.alignkit.spring.boot.app;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import dev.alignkit.spring.boot.ValidationFailedException;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The smallest application of the starter: one controller that validates a posted organization. */
@SpringBootApplication
public class TestApplication {
  /** Validates the organization document in the body. */
  @RestController
  static class OrganizationController {
    private final Validator validator;

    OrganizationController(Validator validator) {
      this.validator = validator;
    }

    /** The report, whatever it holds. */
    @PostMapping("/validate")
    Report validate(@RequestBody OrganizationSnapshot snapshot, @RequestParam("asOf") LocalDate asOf) {
      return validator.validate(snapshot, asOf);
    }

    /** The report when it is valid; a problem otherwise. */
    @PostMapping("/require-valid")
    Report requireValid(@RequestBody OrganizationSnapshot snapshot, @RequestParam("asOf") LocalDate asOf) {
      Report report = validator.validate(snapshot, asOf);
      if (!report.isValid()) {
        throw new ValidationFailedException(report);
      }
      return report;
    }
  }
}
