package dev.alignkit.benchmarks.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;

/**
 * A key result or a development measure: {@code okr.key-result.not-measurable} and
 * {@code okr.key-result.direction} as the class-level {@link Measurable}, {@code okr.weight} as
 * {@code @Positive}.
 */
@Measurable
public final class KeyResultBean {
  @NotBlank
  public String id;

  @NotBlank
  public String title;

  /** INCREASE, DECREASE, STAY_AT_LEAST, STAY_AT_MOST, ACHIEVE or ORDINAL; null when unknown. */
  public String kind;

  public Double start;

  public Double target;

  public String unit;

  /** COMMIT, TARGET and STRETCH texts of an ORDINAL key result. */
  public Map<String, String> zoneTexts;

  @Positive
  public double weight = 1.0;

  @NotNull
  @Valid
  public List<CheckInBean> checkIns;
}
