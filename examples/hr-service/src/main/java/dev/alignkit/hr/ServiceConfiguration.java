package dev.alignkit.hr;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that gives the service's "today". */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {
  /** The system clock, or a clock fixed at the start of {@code alignkit.hr.today} when that is set. */
  @Bean
  Clock clock(HrProperties properties) {
    return properties.today()
        .map(day -> Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
        .orElseGet(Clock::systemDefaultZone);
  }
}
