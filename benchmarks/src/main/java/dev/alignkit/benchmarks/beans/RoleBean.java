package dev.alignkit.benchmarks.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A role: a ladder level with its expectations. */
public final class RoleBean {
  @NotBlank
  public String ladderId;

  @NotBlank
  public String levelId;

  @NotNull
  @Valid
  public List<ExpectationBean> expectations;
}
