package dev.alignkit.spring.boot;

import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.rules.RuleDescriptor;
import dev.alignkit.rules.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The Actuator endpoint {@code alignkit}: the validator's rules, the built-in ones and the
 * application's, with the severity each reports with under the policy in force and whether it runs,
 * and that policy as the {@code alignkit.policy.*} properties that give it. Expose it as any endpoint:
 * {@code management.endpoints.web.exposure.include=health,alignkit}, then {@code GET /actuator/alignkit}.
 */
@Endpoint(id = "alignkit")
public class AlignkitEndpoint {
  private final Validator validator;

  /** Describes {@code validator} and its policy. */
  public AlignkitEndpoint(Validator validator) {
    this.validator = validator;
  }

  /** The rule catalog and the policy in force. */
  @ReadOperation
  public Catalog catalog() {
    Policy policy = validator.policy();
    List<RuleEntry> rules = new ArrayList<>();
    for (RuleDescriptor rule : validator.rules()) {
      rules.add(new RuleEntry(rule.code(), rule.defaultSeverity(),
          policy.severityOf(rule.code(), rule.defaultSeverity()), policy.isEnabled(rule.code()), rule.arguments()));
    }
    rules.sort(Comparator.comparing(RuleEntry::code));
    return new Catalog(List.copyOf(rules), AlignkitProperties.describe(policy));
  }

  /**
   * What the endpoint answers.
   *
   * @param rules every rule of the validator, by code
   * @param policy the policy in force, by property name
   */
  public record Catalog(List<RuleEntry> rules, Map<String, Object> policy) {}

  /**
   * One rule.
   *
   * @param code the rule's code
   * @param defaultSeverity the severity the rule declares
   * @param severity the severity it reports with: the policy's override, else its default
   * @param enabled false when the policy disables the code, so the rule does not run
   * @param arguments the names of its findings' arguments
   */
  public record RuleEntry(String code, Severity defaultSeverity, Severity severity, boolean enabled,
      List<String> arguments) {}
}
