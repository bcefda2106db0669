package org.stepwise.cases.domain.model.client;

/** Who referred the client: a clinic (by its code) and the clinician there. */
public record Referral(String clinic, String clinician) {}
