package org.stepwise.cases.domain.model.attendance;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading a reported row's text fields: blank, codes, timestamps with their offset. */
public final class RowFields {

  private RowFields() {}

  public static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The code, or null when it is not one of {@code type}'s. */
  public static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** An ISO-8601 timestamp with its offset, or null. */
  public static OffsetDateTime timestamp(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Why {@link #timestamp} read nothing: the offset is missing, or it is no timestamp at all. */
  public static String timestampProblem(String value) {
    try {
      LocalDateTime.parse(value.strip());
      return "MISSING_OFFSET";
    } catch (RuntimeException e) {
      return "INVALID_TIMESTAMP";
    }
  }
}
