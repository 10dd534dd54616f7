package dev.alignkit.privacy;

import static dev.alignkit.testing.PrivacyGenerators.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.PrivacyGenerators;
import dev.alignkit.testing.PrivacyGenerators.Source;
import dev.alignkit.testing.PrivacyGenerators.TokenOrganization;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Over generated organizations and each of their people: erasure leaves none of the person's tokens. */
class ErasureProperties {
  @Property(examples = 300)
  void noTokenOfTheErasedPersonRemains(Theory theory) {
    theory.forAll(PrivacyGenerators.organizations()).check(org -> {
      OrganizationSnapshot snapshot = org.snapshot();
      for (Person person : snapshot.people()) {
        List<String> theirs = tokensOf(person, org);
        OrganizationSnapshot erased = Privacy.erase(snapshot, person.id());
        String text = erased.toString();
        for (String token : theirs) {
          assertFalse(text.contains(token), () -> token + " of " + person.id() + " remains");
        }
        assertEquals(snapshot.people().size(), erased.people().size());
        assertEquals(snapshot.objectives().size(), erased.objectives().size(), "business data stays");
        Validator.defaults().validate(erased, AS_OF); // the erased snapshot is an ordinary one: no exception
      }
    });
  }

  /** The person's id and name, their personal items' tokens, and the notes they wrote. */
  private static List<String> tokensOf(Person person, TokenOrganization org) {
    OrganizationSnapshot snapshot = org.snapshot();
    String id = person.id();
    List<String> theirs = new ArrayList<>(List.of(id, person.name()));
    for (Map.Entry<String, Source> token : org.tokens().entrySet()) {
      String item = token.getValue().item();
      boolean mine = switch (token.getValue().kind()) {
        case PLAN -> snapshot.plan(item).orElseThrow().personId().equals(id);
        case GOAL -> snapshot.planOfGoal(item).orElseThrow().personId().equals(id);
        case VISION -> snapshot.vision(item).orElseThrow().personId().equals(id);
        case SESSION -> snapshot.growSession(item).orElseThrow().personId().equals(id);
        case ASSESSMENT -> item.startsWith(id + "#");
        case PROFILE -> item.equals(id);
        default -> false;
      };
      if (mine) {
        theirs.add(token.getKey());
      }
    }
    List<KeyResult> keyResults = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      keyResults.addAll(objective.keyResults());
    }
    for (DevelopmentPlan plan : snapshot.plans()) {
      for (DevelopmentGoal goal : plan.goals()) {
        keyResults.addAll(goal.measures());
      }
      for (CoachingCheckIn checkIn : plan.coachingCheckIns()) {
        if (checkIn.coachId().filter(id::equals).isPresent()) {
          checkIn.note().ifPresent(theirs::add);
        }
      }
    }
    for (KeyResult keyResult : keyResults) {
      for (CheckIn checkIn : keyResult.checkIns()) {
        if (checkIn.authorId().filter(id::equals).isPresent()) {
          checkIn.note().ifPresent(theirs::add);
        }
      }
    }
    return theirs;
  }
}
