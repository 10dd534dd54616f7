package dev.alignkit.benchmarks.beans;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An expectation: a skill and a required proficiency on the 1..5 scale. */
public final class ExpectationBean {
  @NotBlank
  public String skillId;

  @DecimalMin("1")
  @DecimalMax("5")
  public double required;

  /** ESSENTIAL or OPTIONAL. */
  @NotNull
  public String importance;
}
