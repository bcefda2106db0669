package org.stepwise.cases.domain.model.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.stepwise.cases.domain.model.client.MeetingType;

/**
 * A stored attendance record, read-only through JPA: records are written in batches by {@link
 * AttendanceRepository#storeNew}, once each.
 */
@Entity
@Table(name = "attendance_record")
public class AttendanceRecord {

  @Id private Long id;

  @Column(name = "client_id")
  private long clientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "meeting_type")
  private MeetingType meetingType;

  @Column(name = "meeting_name")
  private String meetingName;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "started_offset")
  private String startedOffset;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private AttendanceStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "verification")
  private Verification verification;

  @Column(name = "source_key")
  private String sourceKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_channel")
  private SourceChannel sourceChannel;

  @Column(name = "source_record_id")
  private String sourceRecordId;

  @Column(name = "reported_by")
  private String reportedBy;

  @Column(name = "received_at")
  private Instant receivedAt;

  protected AttendanceRecord() {}

  public Long id() {
    return id;
  }

  public long clientId() {
    return clientId;
  }

  public MeetingType meetingType() {
    return meetingType;
  }

  public String meetingName() {
    return meetingName;
  }

  /** The start time with the offset the source reported it in. */
  public OffsetDateTime startedAt() {
    return startedAt.atOffset(ZoneOffset.of(startedOffset));
  }

  public AttendanceStatus status() {
    return status;
  }

  public Verification verification() {
    return verification;
  }

  public String sourceKey() {
    return sourceKey;
  }

  public SourceChannel sourceChannel() {
    return sourceChannel;
  }

  public String sourceRecordId() {
    return sourceRecordId;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
