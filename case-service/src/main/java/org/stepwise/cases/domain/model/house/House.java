package org.stepwise.cases.domain.model.house;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.RecordedEntity;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.domain.shared.StaleVersion;

/** A sober-living house: its NARR level, how many it can hold, how it reports attendance. */
@Entity
@Table(name = "house")
public class House extends RecordedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Embedded private Address address;

  @Column(name = "narr_level", nullable = false)
  private int narrLevel;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporting_channel", nullable = false)
  private ReportingChannel reportingChannel;

  /**
   * The house's testing rule: at least this many random drug tests a month for a resident in the
   * first {@value #TESTING_RULE_DAYS} days of their stay (null: the house has none).
   */
  @Column(name = "random_tests_per_month")
  private Integer randomTestsPerMonth;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** How long into a stay the testing rule applies. */
  public static final int TESTING_RULE_DAYS = 90;

  protected House() {}

  public House(
      String code,
      String name,
      Address address,
      int narrLevel,
      int capacity,
      ReportingChannel reportingChannel) {
    if (!code.matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
      throw new InvalidInput("code", "INVALID_CODE", "2 to 32 capital letters, digits, '-' or '_'");
    }
    this.code = code;
    describe(name, address, narrLevel, capacity, reportingChannel);
  }

  /**
   * Changes what the house is (not its code, which the house's files and staff tokens name); a
   * house is never made smaller than the residents living in it now.
   */
  public void change(
      long expectedVersion,
      String name,
      Address address,
      int narrLevel,
      int capacity,
      ReportingChannel reportingChannel,
      long currentResidents) {
    if (expectedVersion != version) {
      throw new StaleVersion(expectedVersion, version);
    }
    if (capacity < currentResidents) {
      throw new RuleViolation(
          "capacity",
          "BELOW_RESIDENTS",
          currentResidents + " residents live here now: move some out before making it smaller");
    }
    describe(name, address, narrLevel, capacity, reportingChannel);
  }

  private void describe(
      String name, Address address, int narrLevel, int capacity, ReportingChannel channel) {
    if (narrLevel < 1 || narrLevel > 4) {
      throw new InvalidInput("narrLevel", "OUT_OF_RANGE", "NARR levels are 1 (I) to 4 (IV)");
    }
    if (capacity < 1) {
      throw new InvalidInput("capacity", "OUT_OF_RANGE", "a house holds at least one resident");
    }
    this.name = name;
    this.address = address;
    this.narrLevel = narrLevel;
    this.capacity = capacity;
    this.reportingChannel = channel;
  }

  public long version() {
    return version;
  }

  /** Gives an unsaved house the id the database would (plain unit tests). */
  void identify(long id) {
    this.id = id;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Address address() {
    return address;
  }

  public int narrLevel() {
    return narrLevel;
  }

  public int capacity() {
    return capacity;
  }

  public ReportingChannel reportingChannel() {
    return reportingChannel;
  }

  public Integer randomTestsPerMonth() {
    return randomTestsPerMonth;
  }

  /** Sets the testing rule: 1 to 31 random tests a month, or none (null). */
  public House testingRule(Integer perMonth) {
    if (perMonth != null && (perMonth < 1 || perMonth > 31)) {
      throw new InvalidInput(
          "randomTestsPerMonth", "OUT_OF_RANGE", "1 to 31 random tests a month, or none");
    }
    this.randomTestsPerMonth = perMonth;
    return this;
  }
}
