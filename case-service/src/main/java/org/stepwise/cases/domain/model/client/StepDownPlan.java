package org.stepwise.cases.domain.model.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.stepwise.cases.domain.model.care.LevelOfCare;

/** The planned next transition: the level, when, and what must be true by then. */
@Embeddable
public class StepDownPlan {

  @Column(name = "plan_target_level")
  private LevelOfCare targetLevel;

  @Column(name = "plan_target_date")
  private LocalDate targetDate;

  @Column(name = "plan_criteria")
  private String criteria;

  protected StepDownPlan() {}

  public StepDownPlan(LevelOfCare targetLevel, LocalDate targetDate, String criteria) {
    this.targetLevel = targetLevel;
    this.targetDate = targetDate;
    this.criteria = criteria;
  }

  public LevelOfCare targetLevel() {
    return targetLevel;
  }

  public LocalDate targetDate() {
    return targetDate;
  }

  public String criteria() {
    return criteria;
  }

  public boolean isSet() {
    return targetLevel != null;
  }
}
