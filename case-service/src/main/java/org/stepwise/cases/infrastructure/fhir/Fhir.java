package org.stepwise.cases.infrastructure.fhir;

import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** What every part of a summary document shares: code systems, security labels, references. */
final class Fhir {

  static final String SYSTEM = "https://stepwise.example.org/fhir";
  static final String LOINC = "http://loinc.org";
  private static final String CONFIDENTIALITY =
      "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
  private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

  private Fhir() {}

  /** A new resource id; the document refers to its resources as {@code urn:uuid:…}. */
  static <T extends Resource> T withId(T resource) {
    resource.setId(UUID.randomUUID().toString());
    return resource;
  }

  /** The security labels on a resource. */
  static <T extends Resource> T label(T resource) {
    resource.setMeta(labels(resource.getMeta()));
    return resource;
  }

  /** R (restricted), 42CFRPart2 and ETH (substance abuse information sensitivity). */
  static Meta labels(Meta meta) {
    meta.addSecurity(new Coding(CONFIDENTIALITY, "R", "restricted"));
    meta.addSecurity(new Coding(ACT_CODE, "42CFRPart2", "42 CFR Part2"));
    meta.addSecurity(new Coding(ACT_CODE, "ETH", "substance abuse information sensitivity"));
    return meta;
  }

  static CodeableConcept text(String text) {
    return new CodeableConcept().setText(text);
  }

  static Reference ref(Resource r) {
    return new Reference("urn:uuid:" + r.getIdElement().getIdPart());
  }

  static Period period(LocalDate start, LocalDate end) {
    return new Period()
        .setStartElement(new DateTimeType(start.toString()))
        .setEndElement(new DateTimeType(end.toString()));
  }
}
