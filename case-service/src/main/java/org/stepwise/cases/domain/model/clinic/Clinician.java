package org.stepwise.cases.domain.model.clinic;

/** A clinician at a referring clinic; {@code username} is their Keycloak login. */
public record Clinician(Long id, long clinicId, String username, String name, String npi) {}
