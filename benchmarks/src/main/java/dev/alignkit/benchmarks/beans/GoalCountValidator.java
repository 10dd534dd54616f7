package dev.alignkit.benchmarks.beans;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Counts AGREED and ACTIVE goals, as {@code dev.goal.too-many} and {@code dev.goal.none} do. */
public final class GoalCountValidator implements ConstraintValidator<GoalCount, List<GoalBean>> {
  private int min;
  private int max;

  @Override
  public void initialize(GoalCount annotation) {
    min = annotation.min();
    max = annotation.max();
  }

  @Override
  public boolean isValid(List<GoalBean> goals, ConstraintValidatorContext context) {
    if (goals == null) {
      return true;
    }
    int counted = 0;
    for (GoalBean goal : goals) {
      if ("AGREED".equals(goal.status) || "ACTIVE".equals(goal.status)) {
        counted++;
      }
    }
    return counted >= min && counted <= max;
  }
}
