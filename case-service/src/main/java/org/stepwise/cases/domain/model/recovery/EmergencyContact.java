package org.stepwise.cases.domain.model.recovery;

/** Someone to call in a crisis, and when: the part of the plan a house manager may see. */
public record EmergencyContact(ContactRole role, String name, String phone, String whenToCall) {}
