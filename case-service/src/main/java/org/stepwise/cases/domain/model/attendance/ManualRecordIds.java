package org.stepwise.cases.domain.model.attendance;

/**
 * Record ids of attendance entered by hand live in a namespace of their own ({@value #PREFIX}…), so
 * that an entry made in the app can never take the id a house's file or feed sends later (whose row
 * would then be dropped as a duplicate), and a file or feed may not use that namespace.
 */
public final class ManualRecordIds {

  public static final String PREFIX = "manual:";

  private ManualRecordIds() {}

  /** The stored id of a manual entry: the one given (or a new one) in the manual namespace. */
  public static String of(String given) {
    return PREFIX + (given == null ? java.util.UUID.randomUUID().toString() : given);
  }

  public static boolean isManual(String sourceRecordId) {
    return sourceRecordId.startsWith(PREFIX);
  }
}
