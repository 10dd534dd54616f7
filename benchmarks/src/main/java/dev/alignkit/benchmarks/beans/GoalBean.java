package dev.alignkit.benchmarks.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A development goal: {@code dev.goal.not-measurable} as a non-empty list of {@link Measurable}
 * measures, {@code dev.goal.no-support} as a non-empty list of support activities.
 */
public final class GoalBean {
  @NotBlank
  public String id;

  @NotBlank
  public String statement;

  /** PROPOSED, AGREED, ACTIVE, DONE or DROPPED. */
  @NotNull
  public String status;

  @NotNull
  @Size(min = 1)
  public List<@NotBlank String> targetSkills;

  @NotNull
  @Size(min = 1)
  @Valid
  public List<KeyResultBean> measures;

  @NotNull
  @Size(min = 1)
  public List<@NotBlank String> supportActivities;

  @DecimalMin("0")
  @DecimalMax("1")
  public Double plannedShare;
}
