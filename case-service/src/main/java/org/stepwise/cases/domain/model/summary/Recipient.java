package org.stepwise.cases.domain.model.summary;

/** Who a summary is for: a clinic, and a named clinician there when the consent names one. */
public record Recipient(
    long clinicId,
    String clinicCode,
    String clinicName,
    String clinicNpi,
    Long clinicianId,
    String clinicianUsername,
    String clinicianName) {}
