package org.stepwise.routes.intake;

/**
 * Nothing in the file could be read (empty, not UTF-8 text, no usable header): it goes to error/.
 */
public class UnreadableFile extends RuntimeException {

  public UnreadableFile(String reason) {
    super(reason, null, false, false);
  }
}
