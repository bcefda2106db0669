package org.stepwise.cases.domain.model.client;

import java.time.LocalDate;

/** What a case manager records about the person: name, birth date, contact. */
public record PersonalDetails(
    String givenName, String familyName, LocalDate dateOfBirth, String phone, String email) {}
