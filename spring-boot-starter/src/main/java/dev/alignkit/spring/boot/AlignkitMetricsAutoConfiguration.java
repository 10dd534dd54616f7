package dev.alignkit.spring.boot;

import dev.alignkit.rules.Validator;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** With Micrometer and a {@code MeterRegistry} bean: the {@link TimedValidator}. */
@AutoConfiguration(after = AlignkitAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class AlignkitMetricsAutoConfiguration {
  /** Made by Spring. */
  public AlignkitMetricsAutoConfiguration() {}

  /** The validator bean, timed in {@code registry}. */
  @Bean
  @ConditionalOnMissingBean
  public TimedValidator alignkitTimedValidator(Validator validator, MeterRegistry registry) {
    return new TimedValidator(validator, registry);
  }
}
