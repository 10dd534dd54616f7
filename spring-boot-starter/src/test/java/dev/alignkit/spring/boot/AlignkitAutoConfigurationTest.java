package dev.alignkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.common.Visibility;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.policy.ActivityKind;
import dev.alignkit.policy.ActivityLexicon;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.policy.VisibleKind;
import dev.alignkit.rules.FindingFormatter;
import dev.alignkit.rules.RuleDescriptor;
import dev.alignkit.rules.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans of {@link AlignkitAutoConfiguration} and the properties that shape them. */
class AlignkitAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AlignkitAutoConfiguration.class));

  @Test
  void defaultsGiveTheDefaultPolicyAndEveryBuiltInRuleAndTheServiceLoaderRule() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(Policy.class)).isEqualTo(Policy.defaults());
      Validator validator = context.getBean(Validator.class);
      assertThat(validator.policy()).isEqualTo(Policy.defaults());
      List<String> expected = new ArrayList<>(codes(Validator.builtInRules()));
      expected.add(TestRules.ServiceRule.CODE);
      assertThat(codes(validator.rules())).containsExactlyElementsOf(expected);
      assertThat(context.getBean(FindingFormatter.class)).isSameAs(FindingFormatter.standard());
      assertThat(context.getBean(AdviceFormatter.class)).isSameAs(AdviceFormatter.standard());
      assertThat(context).hasSingleBean(dev.alignkit.jackson3.AlignkitModule.class);
      assertThat(context).hasSingleBean(dev.alignkit.jackson.AlignkitModule.class);
    });
  }

  @Test
  void unboundPropertiesBuildTheDefaultPolicy() {
    assertThat(new AlignkitProperties().toPolicy()).isEqualTo(Policy.defaults());
  }

  static Stream<Arguments> scalars() {
    return Stream.of(
        scalar("max-objectives-per-owner", "3", Policy::maxObjectivesPerOwner, 3),
        scalar("max-key-results-per-objective", "4", Policy::maxKeyResultsPerObjective, 4),
        scalar("check-in-stale-days", "21", Policy::checkInStaleDays, 21),
        scalar("check-in-grace-days", "7", Policy::checkInGraceDays, 7),
        scalar("committed-expectation", "0.9", Policy::committedExpectation, 0.9),
        scalar("aspirational-expectation", "0.6", Policy::aspirationalExpectation, 0.6),
        scalar("on-track-gap", "0.1", Policy::onTrackGap, 0.1),
        scalar("behind-gap", "0.25", Policy::behindGap, 0.25),
        scalar("behind-confidence", "0.6", Policy::behindConfidence, 0.6),
        scalar("at-risk-confidence", "0.2", Policy::atRiskConfidence, 0.2),
        scalar("commit-score", "0.2", Policy::commitScore, 0.2),
        scalar("target-score", "0.6", Policy::targetScore, 0.6),
        scalar("stretch-score", "0.9", Policy::stretchScore, 0.9),
        scalar("min-trend-span-days", "10", Policy::minTrendSpanDays, 10),
        scalar("green-grade", "0.8", Policy::greenGrade, 0.8),
        scalar("yellow-grade", "0.5", Policy::yellowGrade, 0.5),
        scalar("readiness-threshold", "0.75", Policy::readinessThreshold, 0.75),
        scalar("assessment-stale-days", "180", Policy::assessmentStaleDays, 180),
        scalar("max-development-goals", "2", Policy::maxDevelopmentGoals, 2),
        scalar("min-development-goals", "0", Policy::minDevelopmentGoals, 0),
        scalar("coaching-cadence-days", "14", Policy::coachingCadenceDays, 14),
        scalar("max-suggestions-per-kind", "1", Policy::maxSuggestionsPerKind, 1),
        scalar("content-locale", "de", Policy::contentLocale, Locale.GERMAN),
        scalar("skipped-statuses", "draft", Policy::skippedStatuses, Set.of(OkrStatus.DRAFT)),
        scalar("disabled-codes", "okr.check-in.stale,okr.key-result.activity", Policy::disabledCodes,
            Set.of("okr.check-in.stale", "okr.key-result.activity")),
        scalar("new-initiative-families", "process,visibility", Policy::newInitiativeFamilies,
            Set.of("process", "visibility")));
  }

  private static Arguments scalar(String property, String value, Function<Policy, Object> read, Object expected) {
    return Arguments.of(property, value, read, expected);
  }

  @ParameterizedTest(name = "alignkit.policy.{0}={1}")
  @MethodSource("scalars")
  void eachPolicyPropertyReachesTheValidatorsPolicy(String property, String value, Function<Policy, Object> read,
      Object expected) {
    runner.withPropertyValues("alignkit.policy." + property + "=" + value).run(context -> {
      assertThat(context).hasNotFailed();
      Policy policy = context.getBean(Validator.class).policy();
      assertThat(read.apply(policy)).isEqualTo(expected);
      assertThat(read.apply(Policy.defaults())).as("the test changes the default").isNotEqualTo(expected);
      assertThat(policy).isSameAs(context.getBean(Policy.class));
    });
  }

  @Test
  void severityOverridesTakeCodesInBrackets() {
    runner.withPropertyValues("alignkit.policy.severity-overrides[okr.key-result.activity]=error",
        "alignkit.policy.severity-overrides[okr.check-in.stale]=info").run(context -> {
          Policy policy = context.getBean(Validator.class).policy();
          assertThat(policy.severityOverrides()).isEqualTo(
              Map.of("okr.key-result.activity", Severity.ERROR, "okr.check-in.stale", Severity.INFO));
        });
  }

  @Test
  void weaveMapEntriesReplaceTheirDefaultAndKeepTheOthers() {
    runner.withPropertyValues("alignkit.policy.weave-map.influence=cross-team,guilds").run(context -> {
      Map<String, List<String>> weave = context.getBean(Policy.class).weaveMap();
      assertThat(weave.get("influence")).containsExactly("cross-team", "guilds");
      assertThat(weave.get("process")).containsExactly("process");
      assertThat(weave).hasSize(4);
    });
  }

  @Test
  void defaultVisibilitiesReplaceTheKindsGiven() {
    runner.withPropertyValues("alignkit.policy.default-visibilities.development-plan=team").run(context -> {
      Map<VisibleKind, Visibility> visibilities = context.getBean(Policy.class).defaultVisibilities();
      assertThat(visibilities.get(VisibleKind.DEVELOPMENT_PLAN)).isEqualTo(Visibility.TEAM);
      assertThat(visibilities.get(VisibleKind.OBJECTIVE)).isEqualTo(Visibility.PUBLIC);
      assertThat(visibilities.get(VisibleKind.ASSESSMENT)).isEqualTo(Visibility.PRIVATE);
    });
  }

  @Test
  void activityPatternsExtendTheBuiltInLexiconOfTheirLanguage() {
    runner.withPropertyValues("alignkit.policy.content-locale=de",
        "alignkit.policy.activity-patterns.de.work=... einreichen").run(context -> {
          ActivityLexicon lexicon = context.getBean(Policy.class).activityLexicon();
          assertThat(lexicon).isEqualTo(
              ActivityLexicon.builtIn(Locale.GERMAN).plus(ActivityKind.WORK, List.of("... einreichen")));
          assertThat(lexicon.find("Den Bericht einreichen")).isPresent();
        });
  }

  @Test
  void ruleBeansJoinTheValidatorAndServiceLoaderRulesCanBeTurnedOff() {
    runner.withUserConfiguration(RuleBean.class).withPropertyValues("alignkit.rules.service-loader=false")
        .run(context -> {
          List<String> codes = codes(context.getBean(Validator.class).rules());
          assertThat(codes).contains(TestRules.BeanRule.CODE).doesNotContain(TestRules.ServiceRule.CODE);
          assertThat(codes).hasSize(Validator.builtInRules().size() + 1);
        });
  }

  @Test
  void aNegativeLimitFailsTheStartNamingTheProperty() {
    runner.withPropertyValues("alignkit.policy.max-objectives-per-owner=-1").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure()))
          .contains("alignkit.policy.max-objectives-per-owner")
          .contains("policy maxObjectivesPerOwner must not be negative: -1");
    });
  }

  @Test
  void bandsOutOfOrderFailTheStartNamingBothProperties() {
    runner.withPropertyValues("alignkit.policy.on-track-gap=0.4", "alignkit.policy.behind-gap=0.3").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure()))
          .contains("alignkit.policy.on-track-gap").contains("alignkit.policy.behind-gap")
          .contains("policy onTrackGap 0.4 must not exceed behindGap 0.3");
    });
  }

  @Test
  void aValueOfTheWrongTypeFailsTheStartNamingTheProperty() {
    runner.withPropertyValues("alignkit.policy.severity-overrides[okr.check-in.stale]=loud").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure())).contains("alignkit.policy.severity-overrides");
    });
  }

  @Test
  void aBrokenActivityPatternFailsTheStartNamingTheProperty() {
    runner.withPropertyValues("alignkit.policy.activity-patterns.de.work=einreichen").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure())).contains("alignkit.policy.activity-patterns");
    });
  }

  @Test
  void theApplicationsBeansWin() {
    runner.withUserConfiguration(OwnBeans.class).withPropertyValues("alignkit.policy.max-objectives-per-owner=2")
        .run(context -> {
          assertThat(context.getBean(Policy.class)).isSameAs(OwnBeans.POLICY);
          assertThat(context.getBean(Validator.class)).isSameAs(OwnBeans.VALIDATOR);
          assertThat(context.getBean(FindingFormatter.class)).isSameAs(OwnBeans.FORMATTER);
          assertThat(context).hasSingleBean(Validator.class).hasSingleBean(Policy.class);
        });
  }

  @Test
  void theValidatorTakesTheApplicationsPolicy() {
    runner.withBean(Policy.class, () -> OwnBeans.POLICY).run(context ->
        assertThat(context.getBean(Validator.class).policy()).isSameAs(OwnBeans.POLICY));
  }

  @Test
  void withoutJackson2TheJackson2ModuleIsLeftOut() {
    runner.withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
        com.fasterxml.jackson.databind.ObjectMapper.class)).run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean("alignkitJackson2Module");
          assertThat(context).hasSingleBean(dev.alignkit.jackson3.AlignkitModule.class);
        });
  }

  static List<String> codes(List<RuleDescriptor> rules) {
    return rules.stream().map(RuleDescriptor::code).toList();
  }

  static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      all.append(cause.getMessage()).append('\n');
    }
    return all.toString();
  }

  @Configuration(proxyBeanMethods = false)
  static class RuleBean {
    @Bean
    TestRules.BeanRule beanRule() {
      return new TestRules.BeanRule();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final Policy POLICY = Policy.builder().maxObjectivesPerOwner(7).build();
    static final Validator VALIDATOR = Validator.builder().withoutBuiltInRules().build();
    static final FindingFormatter FORMATTER = FindingFormatter.withSources();

    @Bean
    Policy policy() {
      return POLICY;
    }

    @Bean
    Validator validator() {
      return VALIDATOR;
    }

    @Bean
    FindingFormatter formatter() {
      return FORMATTER;
    }
  }
}
