package dev.alignkit.benchmarks.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A development plan: {@code dev.goal.too-many} and {@code dev.goal.none} as {@link GoalCount}. */
public final class PlanBean {
  @NotBlank
  public String id;

  @NotBlank
  public String cycleId;

  @NotNull
  @GoalCount(min = 1, max = 3)
  @Valid
  public java.util.List<GoalBean> goals;
}
