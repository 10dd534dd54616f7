package dev.alignkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.Report;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts that depend on what the application has: Jackson, a servlet web stack, Actuator and
 * Micrometer; each is configured with it and left out without it.
 */
class OptionalPartsTest {
  private static final String SNAPSHOT = "{\"formatVersion\":2,\"people\":[{\"id\":\"ana\",\"name\":\"Ana\"}]}";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AlignkitAutoConfiguration.class, AlignkitWebMvcAutoConfiguration.class,
          AlignkitActuatorAutoConfiguration.class, AlignkitMetricsAutoConfiguration.class));

  @Test
  void bootsJsonMapperReadsAlignkitDocuments() {
    runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class)).run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof dev.alignkit.jackson3.AlignkitModule);
      assertThat(mapper.readValue(SNAPSHOT, OrganizationSnapshot.class).people()).hasSize(1);
    });
  }

  @Test
  void bootsJackson2ObjectMapperGetsTheJackson2Module() {
    runner.withConfiguration(AutoConfigurations.of(Jackson2AutoConfiguration.class)).run(context -> {
      com.fasterxml.jackson.databind.ObjectMapper mapper =
          context.getBean(com.fasterxml.jackson.databind.ObjectMapper.class);
      assertThat(mapper.getRegisteredModuleIds()).contains(new dev.alignkit.jackson.AlignkitModule().getTypeId());
      assertThat(mapper.readValue(SNAPSHOT, OrganizationSnapshot.class).people()).hasSize(1);
    });
  }

  @Test
  void outsideAServletWebApplicationThereIsNoProblemHandlerNorRequestTexts() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(AlignkitProblemHandler.class).doesNotHaveBean(RequestLocaleTexts.class);
    });
  }

  @Test
  void aServletWebApplicationGetsTheProblemHandlerAndRequestTexts() {
    new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(AlignkitAutoConfiguration.class,
        AlignkitWebMvcAutoConfiguration.class)).run(context -> {
          assertThat(context).hasSingleBean(AlignkitProblemHandler.class).hasSingleBean(RequestLocaleTexts.class);
        });
  }

  @Test
  void theApplicationsProblemHandlerReplacesOurs() {
    AlignkitProblemHandler own = new AlignkitProblemHandler();
    new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(AlignkitAutoConfiguration.class,
        AlignkitWebMvcAutoConfiguration.class)).withBean("ownHandler", AlignkitProblemHandler.class, () -> own)
        .run(context -> {
          assertThat(context).hasSingleBean(AlignkitProblemHandler.class);
          assertThat(context.getBean(AlignkitProblemHandler.class)).isSameAs(own);
        });
  }

  @Test
  void withActuatorTheExposedEndpointIsConfigured() {
    runner.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoints.web.exposure.include=alignkit")
        .run(context -> assertThat(context).hasSingleBean(AlignkitEndpoint.class));
  }

  @Test
  void withoutActuatorThereIsNoEndpoint() {
    runner.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader(Endpoint.class))
        .withPropertyValues("management.endpoints.web.exposure.include=alignkit")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(AlignkitEndpoint.class);
        });
  }

  @Test
  void withAMeterRegistryValidationsAndRollupsAreTimed() {
    runner.withBean(SimpleMeterRegistry.class).run(context -> {
      TimedValidator timed = context.getBean(TimedValidator.class);
      OrganizationSnapshot snapshot = OrganizationSnapshot.builder().build();
      LocalDate asOf = LocalDate.of(2026, 8, 15);
      Report report = timed.validate(snapshot, asOf);
      timed.validate(snapshot, asOf);
      timed.rollup(snapshot, asOf);
      assertThat(report.isValid()).isTrue();
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(registry.get(TimedValidator.VALIDATION).tag("scope", "organization").timer().count()).isEqualTo(2);
      assertThat(registry.get(TimedValidator.VALIDATION).tag("scope", "person").timer().count()).isZero();
      assertThat(registry.get(TimedValidator.ROLLUP).timer().count()).isEqualTo(1);
    });
  }

  @Test
  void withMicrometerButNoRegistryThereIsNoTimedValidator() {
    runner.run(context -> assertThat(context).doesNotHaveBean(TimedValidator.class));
  }

  @Test
  void withoutMicrometerThereIsNoTimedValidator() {
    runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(TimedValidator.class);
      assertThat(context).hasSingleBean(dev.alignkit.rules.Validator.class);
    });
  }
}
