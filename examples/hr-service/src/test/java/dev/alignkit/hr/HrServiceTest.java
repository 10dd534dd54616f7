package dev.alignkit.hr;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one application context of the service's tests: the service on a random port, on a real
 * embedded PostgreSQL, with today fixed at 2026-08-15 (the sample's data date), the demo users and
 * a bearer-token decoder for the test key. Every test class that carries it shares the context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "alignkit.hr.today=2026-08-15",
    "alignkit.hr.max-import-size=1MB",
    "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/public.pem"})
@interface HrServiceTest {}
