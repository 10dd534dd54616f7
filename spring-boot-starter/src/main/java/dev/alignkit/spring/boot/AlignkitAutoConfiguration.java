package dev.alignkit.spring.boot;

import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.policy.Policy;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.Rule;
import dev.alignkit.rules.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Alignkit's beans, each of which backs off for a bean of the application's of its type: the
 * {@link Policy} from {@link AlignkitProperties}, the {@link Validator} with the built-in rules,
 * every {@link Rule} bean and (unless {@code alignkit.rules.service-loader=false}) the rules
 * {@link ServiceLoader} finds, the {@link FindingFormatter} and {@link AdviceFormatter} of the
 * built-in messages, and the Jackson 3 {@code AlignkitModule}, which Boot's {@code JsonMapper}
 * registers; with Jackson 2 and {@code alignkit-jackson} on the class path, the Jackson 2
 * {@code AlignkitModule} too, for Boot's {@code ObjectMapper}.
 *
 * <p>An advisor belongs to one snapshot and date, so the bean is {@link Advisors}, which makes
 * advisors under the policy: {@code advisors.of(snapshot, asOf)}.
 */
@AutoConfiguration
@EnableConfigurationProperties(AlignkitProperties.class)
public class AlignkitAutoConfiguration {
  /** Made by Spring. */
  public AlignkitAutoConfiguration() {}

  /** The policy of the {@code alignkit.policy.*} properties. */
  @Bean
  @ConditionalOnMissingBean
  public Policy alignkitPolicy(AlignkitProperties properties) {
    return properties.toPolicy();
  }

  /**
   * The validator under {@code policy}: the built-in rules, the {@link Rule} beans in their order,
   * then the rules {@link ServiceLoader} finds with the application's class loader, but for one whose
   * code a bean already has (so a rule that is both a bean and a service runs once).
   */
  @Bean
  @ConditionalOnMissingBean
  public Validator alignkitValidator(Policy policy, ObjectProvider<Rule> rules, AlignkitProperties properties) {
    Validator.Builder builder = Validator.builder().policy(policy);
    Set<String> codes = new HashSet<>();
    List<Rule> beans = rules.orderedStream().toList();
    for (Rule rule : beans) {
      builder.addRule(rule);
      codes.add(rule.descriptor().code());
    }
    if (properties.getRules().isServiceLoader()) {
      for (Rule rule : ServiceLoader.load(Rule.class, AlignkitAutoConfiguration.class.getClassLoader())) {
        if (codes.add(rule.descriptor().code())) {
          builder.addRule(rule);
        }
      }
    }
    return builder.build();
  }

  /** Renders findings from the built-in messages; replace it to add your rules' messages. */
  @Bean
  @ConditionalOnMissingBean
  public FindingFormatter alignkitFindingFormatter() {
    return FindingFormatter.standard();
  }

  /** Advisors under {@code policy}: {@code advisors.of(snapshot, asOf)} per snapshot and date. */
  @Bean
  @ConditionalOnMissingBean
  public Advisors alignkitAdvisors(Policy policy) {
    return new Advisors(policy);
  }

  /** Renders the advisor's suggestions from the built-in messages. */
  @Bean
  @ConditionalOnMissingBean
  public AdviceFormatter alignkitAdviceFormatter() {
    return AdviceFormatter.standard();
  }

  /** Alignkit's formats for Boot's Jackson 3 {@code JsonMapper}, which registers every {@code JacksonModule} bean. */
  @Bean
  @ConditionalOnMissingBean
  public dev.alignkit.jackson3.AlignkitModule alignkitJackson3Module() {
    return new dev.alignkit.jackson3.AlignkitModule();
  }

  /** The Jackson 2 module, for an application that still uses Boot's Jackson 2 {@code ObjectMapper}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.ObjectMapper", "dev.alignkit.jackson.AlignkitModule"})
  static class Jackson2Configuration {
    @Bean
    @ConditionalOnMissingBean
    dev.alignkit.jackson.AlignkitModule alignkitJackson2Module() {
      return new dev.alignkit.jackson.AlignkitModule();
    }
  }
}
