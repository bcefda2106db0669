package org.stepwise.cases.interfaces.rest.problem;

import java.util.List;
import org.stepwise.cases.domain.shared.Violation;

/** An RFC 9457 problem document, with the field-level list Stepwise adds. */
public record Problem(
    String type, String title, int status, String detail, String instance, List<Violation> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
