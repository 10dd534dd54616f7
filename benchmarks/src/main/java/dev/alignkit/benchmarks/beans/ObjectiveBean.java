package dev.alignkit.benchmarks.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An objective: {@code okr.objective.no-key-results} and {@code okr.key-result.count} as sizes. */
public final class ObjectiveBean {
  @NotBlank
  public String id;

  @NotBlank
  public String title;

  @NotBlank
  public String ownerId;

  @NotBlank
  public String cycleId;

  @NotNull
  public String status;

  @NotNull
  public List<@Valid AlignmentBean> alignments;

  @NotNull
  @Size(min = 1, max = 5)
  @Valid
  public List<KeyResultBean> keyResults;
}
