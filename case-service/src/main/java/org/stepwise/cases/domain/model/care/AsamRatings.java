package org.stepwise.cases.domain.model.care;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.Violation;

/** The six ASAM dimension risk ratings (0 to 4) recorded at a level-of-care decision. */
@Embeddable
public class AsamRatings {

  public static final List<String> DIMENSIONS =
      List.of("intoxication", "biomedical", "emotional", "readiness", "relapse", "environment");

  @Column(name = "dim_intoxication")
  private int intoxication;

  @Column(name = "dim_biomedical")
  private int biomedical;

  @Column(name = "dim_emotional")
  private int emotional;

  @Column(name = "dim_readiness")
  private int readiness;

  @Column(name = "dim_relapse")
  private int relapse;

  @Column(name = "dim_environment")
  private int environment;

  protected AsamRatings() {}

  public AsamRatings(
      int intoxication,
      int biomedical,
      int emotional,
      int readiness,
      int relapse,
      int environment) {
    int[] values = {intoxication, biomedical, emotional, readiness, relapse, environment};
    List<Violation> wrong = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0 || values[i] > 4) {
        wrong.add(
            new Violation("dimensions." + DIMENSIONS.get(i), "OUT_OF_RANGE", "a rating is 0 to 4"));
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInput(wrong);
    }
    this.intoxication = intoxication;
    this.biomedical = biomedical;
    this.emotional = emotional;
    this.readiness = readiness;
    this.relapse = relapse;
    this.environment = environment;
  }

  public int intoxication() {
    return intoxication;
  }

  public int biomedical() {
    return biomedical;
  }

  public int emotional() {
    return emotional;
  }

  public int readiness() {
    return readiness;
  }

  public int relapse() {
    return relapse;
  }

  public int environment() {
    return environment;
  }
}
