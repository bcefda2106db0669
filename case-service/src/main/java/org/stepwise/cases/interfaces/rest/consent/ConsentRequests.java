package org.stepwise.cases.interfaces.rest.consent;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.application.ConsentService.NewConsent;
import org.stepwise.cases.domain.model.consent.ExpiryEvent;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.consent.SignatureMethod;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** The request bodies of the consent endpoints. */
public final class ConsentRequests {

  private ConsentRequests() {}

  /** A signed consent form, with every element 42 CFR 2.31 asks for. */
  @Schema(
      name = "ConsentRequest",
      requiredProperties = {
        "recipient",
        "purpose",
        "sections",
        "effectiveFrom",
        "expiry",
        "signature",
        "revocationRightExplained"
      })
  public record ConsentBody(
      @Schema(maxLength = 200, description = "who may disclose; default the program")
          String discloser,
      @Schema(required = true) RecipientBody recipient,
      @Schema(required = true, maxLength = 500) String purpose,
      List<Section> sections,
      @Schema(required = true) LocalDate effectiveFrom,
      @Schema(required = true, description = "a date, an event, or both") ExpiryBody expiry,
      @Schema(required = true) SignatureBody signature,
      @Schema(required = true, description = "must be true") Boolean revocationRightExplained)
      implements RequestRecord {

    /** The clinic (its code) and optionally one clinician there (their login). */
    @Schema(name = "ConsentRecipient")
    public record RecipientBody(
        @Schema(required = true, maxLength = 32) String clinic,
        @Schema(maxLength = 100) String clinician) {}

    @Schema(name = "ConsentExpiry")
    public record ExpiryBody(LocalDate date, ExpiryEvent event) {}

    @Schema(name = "ConsentSignature")
    public record SignatureBody(
        @Schema(required = true, maxLength = 200) String signedBy,
        @Schema(required = true) LocalDate signedOn,
        @Schema(required = true) SignatureMethod method) {}

    static ConsentBody read(JsonRequest in) {
      String discloser = in.text("discloser", false, 200);
      JsonRequest r = in.object("recipient", true, "clinic", "clinician");
      RecipientBody recipient =
          r == null
              ? null
              : new RecipientBody(r.text("clinic", true, 32), r.text("clinician", false, 100));
      String purpose = in.text("purpose", true, 500);
      Set<Section> sections = in.enumValues("sections", true, Section.class);
      if (in.has("sections") && sections.isEmpty()) {
        in.reject("sections", "REQUIRED", "at least one section");
      }
      LocalDate effectiveFrom = in.date("effectiveFrom", true);
      JsonRequest e = in.object("expiry", true, "date", "event");
      ExpiryBody expiry =
          e == null
              ? null
              : new ExpiryBody(
                  e.date("date", false), e.enumValue("event", false, ExpiryEvent.class));
      if (e != null && !e.has("date") && !e.has("event")) {
        in.reject("expiry", "REQUIRED", "a date, an event, or both (§2.31(a)(6))");
      }
      JsonRequest s = in.object("signature", true, "signedBy", "signedOn", "method");
      SignatureBody signature =
          s == null
              ? null
              : new SignatureBody(
                  s.text("signedBy", true, 200),
                  s.date("signedOn", true),
                  s.enumValue("method", true, SignatureMethod.class));
      Boolean explained = in.bool("revocationRightExplained");
      if (!Boolean.TRUE.equals(explained)) {
        in.reject(
            "revocationRightExplained",
            "REQUIRED",
            "the form must state the right to revoke (§2.31(a)(4))");
      }
      return new ConsentBody(
          discloser,
          recipient,
          purpose,
          List.copyOf(sections),
          effectiveFrom,
          expiry,
          signature,
          explained);
    }

    NewConsent toConsent(String program) {
      return new NewConsent(
          discloser != null ? discloser : program,
          recipient.clinic(),
          recipient.clinician(),
          purpose,
          sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections),
          effectiveFrom,
          expiry.date(),
          expiry.event(),
          signature.signedBy(),
          signature.signedOn(),
          signature.method(),
          true);
    }
  }

  /** Why a consent is revoked (optional). */
  @Schema(name = "Revocation")
  public record RevocationBody(@Schema(maxLength = 1000) String reason) implements RequestRecord {
    static RevocationBody read(JsonRequest in) {
      return new RevocationBody(in.text("reason", false, 1000));
    }
  }
}
