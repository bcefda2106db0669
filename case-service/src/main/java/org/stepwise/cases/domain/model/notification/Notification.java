package org.stepwise.cases.domain.model.notification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One message the routes are to mail to a case manager (the Keycloak subject; the routes look the
 * address up): counts only, never a name or a rule. {@code urgent} counts the recipient's urgent
 * items not resolved, {@code others} the other items this notification tells of. The lease names
 * the routes' claim.
 */
public record Notification(
    long id,
    NotificationKind kind,
    String recipient,
    LocalDate digestDay,
    int urgent,
    int others,
    int attempts,
    UUID lease) {}
