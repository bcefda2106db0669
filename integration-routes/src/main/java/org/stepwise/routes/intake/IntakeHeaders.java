package org.stepwise.routes.intake;

/** Message headers the intake routes set and read. */
public final class IntakeHeaders {

  /** The house whose drop the file came from (from configuration, never from the file). */
  public static final String HOUSE = "StepwiseHouse";

  /** SFTP, FILE_DROP or HTTP_FEED. */
  public static final String CHANNEL = "StepwiseChannel";

  /** Where the source file goes once processed: "done" or "error". */
  public static final String OUTCOME = "StepwiseOutcome";

  public static final String REJECTS = "StepwiseRejects";
  public static final String REPORT_NAME = "StepwiseReportName";
  public static final String ACCEPTED = "StepwiseAccepted";
  public static final String DUPLICATES = "StepwiseDuplicates";

  private IntakeHeaders() {}
}
