/**
 * Spring Boot auto-configuration of Alignkit: {@link dev.alignkit.spring.boot.AlignkitProperties}
 * ({@code alignkit.*}), the beans of {@link dev.alignkit.spring.boot.AlignkitAutoConfiguration},
 * problem details for a servlet web application
 * ({@link dev.alignkit.spring.boot.AlignkitProblemHandler}), and, when present, an Actuator endpoint
 * and Micrometer timers. Configuration only: every number and rule lives in {@code alignkit-core}.
 */
@NullMarked
package dev.alignkit.spring.boot;

import org.jspecify.annotations.NullMarked;
