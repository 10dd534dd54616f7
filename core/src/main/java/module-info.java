/**
 * Alignkit core: the model of an organization's objectives, careers and development goals,
 * the numbers computed from it, and the rules that check it.
 *
 * <p>The only runtime dependency is Guava, which never appears in a public signature.
 * Immutables and JSpecify are needed at compile time only.
 */
module dev.alignkit.core {
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports dev.alignkit;
  exports dev.alignkit.advice;
  exports dev.alignkit.common;
  exports dev.alignkit.org;
  exports dev.alignkit.okr;
  exports dev.alignkit.career;
  exports dev.alignkit.development;
  exports dev.alignkit.policy;
  exports dev.alignkit.privacy;
  exports dev.alignkit.progress;
  exports dev.alignkit.review;
  exports dev.alignkit.rules;

  uses dev.alignkit.rules.Rule;
}
