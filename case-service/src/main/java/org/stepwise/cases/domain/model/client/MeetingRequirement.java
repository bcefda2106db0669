package org.stepwise.cases.domain.model.client;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;
import org.stepwise.cases.domain.shared.InvalidInput;

/** At least {@code perWeek} meetings a week of the given kinds (all kinds when none are named). */
@Embeddable
public class MeetingRequirement {

  @Column(name = "meeting_min_per_week")
  private Integer perWeek;

  @Convert(converter = MeetingTypesConverter.class)
  @Column(name = "meeting_types")
  private Set<MeetingType> meetingTypes;

  protected MeetingRequirement() {}

  public MeetingRequirement(int perWeek, Set<MeetingType> meetingTypes) {
    if (perWeek < 0 || perWeek > 21) {
      throw new InvalidInput("perWeek", "OUT_OF_RANGE", "a weekly requirement is 0 to 21 meetings");
    }
    this.perWeek = perWeek;
    this.meetingTypes =
        meetingTypes.isEmpty() ? EnumSet.allOf(MeetingType.class) : EnumSet.copyOf(meetingTypes);
  }

  public int perWeek() {
    return perWeek == null ? 0 : perWeek;
  }

  public Set<MeetingType> meetingTypes() {
    return meetingTypes == null ? EnumSet.allOf(MeetingType.class) : meetingTypes;
  }

  public boolean isSet() {
    return perWeek != null;
  }
}
