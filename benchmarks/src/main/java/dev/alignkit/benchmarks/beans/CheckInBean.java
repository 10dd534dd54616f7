package dev.alignkit.benchmarks.beans;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A check-in: a date and a confidence within [0, 1]. */
public final class CheckInBean {
  @NotNull
  public LocalDate date;

  public double value;

  @DecimalMin("0")
  @DecimalMax("1")
  public Double confidence;
}
