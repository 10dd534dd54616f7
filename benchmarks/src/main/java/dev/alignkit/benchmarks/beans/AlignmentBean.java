package dev.alignkit.benchmarks.beans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** An alignment link: {@code okr.weight} for alignments as {@code @Positive}. */
public final class AlignmentBean {
  @NotBlank
  public String parentId;

  @NotNull
  public String kind;

  @Positive
  public double weight;
}
