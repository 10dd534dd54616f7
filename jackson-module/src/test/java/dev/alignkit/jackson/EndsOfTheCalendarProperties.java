package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.ExtremeDates;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;

/**
 * Generated organizations moved to the first or last days of the calendar ({@link ExtremeDates})
 * survive a round trip and validate as read; see {@code EndsOfTheCalendarTest} for the document of
 * issue #25.
 */
class EndsOfTheCalendarProperties {
  private static final Binding BINDING = Binding.current();

  @Property(examples = 100)
  void organizationsAtTheEndsOfTheCalendarSurviveARoundTripAndValidate(Theory theory) {
    theory.forAll(ExtremeDates.nearTheEnds(
            Gens.oneOf(OrgGenerators.anySnapshot(), DevelopmentGenerators.anyDevelopmentSnapshot()),
            OkrGenerators.dates()))
        .check(dated -> {
          String json = BINDING.toJson(dated.snapshot());
          OrganizationSnapshot read = BINDING.fromJson(json);

          assertEquals(dated.snapshot(), read);
          assertEquals(dated.asOf(), Validator.defaults().validate(read, dated.asOf()).asOf());
        });
  }
}
