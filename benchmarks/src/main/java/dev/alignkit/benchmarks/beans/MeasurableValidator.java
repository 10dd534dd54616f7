package dev.alignkit.benchmarks.beans;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Measurable}: the same fields as {@code okr.key-result.not-measurable} and {@code direction}. */
public final class MeasurableValidator implements ConstraintValidator<Measurable, KeyResultBean> {
  @Override
  public boolean isValid(KeyResultBean keyResult, ConstraintValidatorContext context) {
    if (keyResult == null) {
      return true;
    }
    if (keyResult.kind == null || keyResult.target == null) {
      return false;
    }
    switch (keyResult.kind) {
      case "INCREASE":
        return keyResult.start != null && hasUnit(keyResult) && keyResult.target > keyResult.start;
      case "DECREASE":
        return keyResult.start != null && hasUnit(keyResult) && keyResult.target < keyResult.start;
      case "ORDINAL":
        return keyResult.zoneTexts != null && hasText(keyResult, "COMMIT") && hasText(keyResult, "TARGET")
            && hasText(keyResult, "STRETCH");
      default:
        return true;
    }
  }

  private static boolean hasUnit(KeyResultBean keyResult) {
    return keyResult.unit != null && !keyResult.unit.isBlank();
  }

  private static boolean hasText(KeyResultBean keyResult, String zone) {
    String text = keyResult.zoneTexts.get(zone);
    return text != null && !text.isBlank();
  }
}
