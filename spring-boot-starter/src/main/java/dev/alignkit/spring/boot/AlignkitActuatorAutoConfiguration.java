package dev.alignkit.spring.boot;

import dev.alignkit.rules.Validator;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** With Actuator on the class path: the {@link AlignkitEndpoint}, when it is enabled and exposed. */
@AutoConfiguration(after = AlignkitAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
public class AlignkitActuatorAutoConfiguration {
  /** Made by Spring. */
  public AlignkitActuatorAutoConfiguration() {}

  /** The {@code alignkit} endpoint of the validator. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnAvailableEndpoint
  public AlignkitEndpoint alignkitEndpoint(Validator validator) {
    return new AlignkitEndpoint(validator);
  }
}
