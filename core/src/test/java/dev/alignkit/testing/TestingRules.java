package dev.alignkit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules for test code, shared by every module's tests through the core test-jar. */
public final class TestingRules {
  /**
   * Properties run through {@link Theory}: nothing else starts a QuickTheories run (its
   * {@code QuickTheory.qt()} or the {@code WithQuickTheories} mixin).
   */
  public static final ArchRule PROPERTIES_RUN_THROUGH_THEORY =
      noClasses()
          .that().doNotBelongToAnyOf(Theory.class)
          .should().dependOnClassesThat().haveNameMatching("org\\.quicktheories\\.(QuickTheory|WithQuickTheories)")
          .because("a property started elsewhere would run with a random seed that CI cannot replay, "
              + "ignore alignkit.pbt.seed and alignkit.pbt.scale, and report failures without the replay "
              + "switch; call Theory.forAll, or take a Theory in a @Property method");

  private TestingRules() {}
}
