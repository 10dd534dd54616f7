package dev.alignkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alignkit.advice.Advisor;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** The {@link Advisors} bean: advisors under the configured policy. */
class AdvisorsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final OrganizationSnapshot SAMPLE = JsonMapper.builder().findAndAddModules().build()
      .readValue(Path.of("..", "examples", "data", "organization-40.json").toFile(), OrganizationSnapshot.class);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AlignkitAutoConfiguration.class));

  private static List<GoalAdvice> adviceOfEveryPlan(Advisor advisor) {
    List<GoalAdvice> advice = new ArrayList<>();
    for (DevelopmentPlan plan : SAMPLE.plans()) {
      advice.addAll(advisor.advise(plan));
    }
    return advice;
  }

  private static int mostSuggestionsOfOneKind(List<GoalAdvice> advice) {
    return advice.stream()
        .flatMap(goal -> goal.suggestions().stream()
            .collect(Collectors.groupingBy(Suggestion::kind, Collectors.counting()))
            .values().stream())
        .mapToInt(Long::intValue).max().orElse(0);
  }

  @Test
  void advisorsFollowTheConfiguredPolicy() {
    List<GoalAdvice> byDefault = adviceOfEveryPlan(Advisor.of(SAMPLE, AS_OF, Policy.defaults()));
    assertThat(mostSuggestionsOfOneKind(byDefault)).isGreaterThan(1);
    runner.withPropertyValues("alignkit.policy.max-suggestions-per-kind=1").run(context -> {
      Advisors advisors = context.getBean(Advisors.class);
      assertThat(advisors.policy()).isSameAs(context.getBean(Policy.class));
      assertThat(advisors.policy().maxSuggestionsPerKind()).isEqualTo(1);
      List<GoalAdvice> advice = adviceOfEveryPlan(advisors.of(SAMPLE, AS_OF));
      assertThat(mostSuggestionsOfOneKind(advice)).isEqualTo(1);
      assertThat(advice).isEqualTo(adviceOfEveryPlan(Advisor.of(SAMPLE, AS_OF, advisors.policy())));
    });
    runner.run(context -> assertThat(adviceOfEveryPlan(context.getBean(Advisors.class).of(SAMPLE, AS_OF)))
        .isEqualTo(byDefault));
  }

  @Test
  void anApplicationsAdvisorsWin() {
    Advisors mine = new Advisors(Policy.defaults());
    runner.withBean(Advisors.class, () -> mine).run(context -> assertThat(context.getBean(Advisors.class))
        .isSameAs(mine));
  }
}
