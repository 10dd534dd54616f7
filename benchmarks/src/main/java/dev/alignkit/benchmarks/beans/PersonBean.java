package dev.alignkit.benchmarks.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One person's items as a Bean Validation model: the P1 baseline. Each constraint stands for an
 * Alignkit rule that checks the same field; see docs/concepts.md, "Performance", for the mapping and for what
 * the bean model cannot say.
 */
public final class PersonBean {
  @NotBlank
  public String id;

  @NotBlank
  public String name;

  /** {@code org.person.unknown-manager} needs the snapshot; here only "set means not blank". */
  @Size(min = 1)
  public String managerId;

  /** {@code okr.objective.count}: at most 5 objectives per owner and cycle. */
  @NotNull
  @Size(max = 5)
  @Valid
  public List<ObjectiveBean> objectives;

  @Valid
  public PlanBean plan;

  @NotNull
  @Valid
  public RoleBean role;
}
