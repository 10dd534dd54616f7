/**
 * An HR service on Spring Boot, the Alignkit starter and PostgreSQL: {@link dev.alignkit.hr.HrServiceApplication}
 * starts it. Controllers ({@code OrganizationController}, {@code PeopleController}) answer as the
 * signed-in viewer may see ({@code Viewers}); {@code Organizations} holds each organization in memory
 * with its incremental roll-up; {@code OrganizationStore} and {@code OrganizationRows} keep them in
 * the database. docs/embedding.md, "HR service", describes it.
 */
package dev.alignkit.hr;
