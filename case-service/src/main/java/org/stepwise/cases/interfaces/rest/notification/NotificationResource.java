package org.stepwise.cases.interfaces.rest.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import org.stepwise.cases.application.NotificationService;
import org.stepwise.cases.domain.model.notification.Notification;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * What the routes mail to case managers: claimed in batches under a lease, reported sent. Only the
 * routes' account; a notification carries a recipient's subject and counts, nothing of a client.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.INTEGRATION)
public class NotificationResource {

  private static final int DEFAULT_LEASE_SECONDS = 300;
  private static final int DEFAULT_LIMIT = 20;

  @Inject private NotificationService notifications;

  @POST
  @Path("notification-claims")
  public List<Notification> claim(ClaimRequest in) {
    return notifications.claim(
        in.digestDay(),
        Duration.ofSeconds(in.leaseSeconds() == null ? DEFAULT_LEASE_SECONDS : in.leaseSeconds()),
        in.limit() == null ? DEFAULT_LIMIT : in.limit());
  }

  /** Idempotent: a notification reported sent again stays as it was. */
  @POST
  @Path("notifications/{notificationId}/sent")
  public NotificationService.Sent sent(@PathParam("notificationId") long notificationId) {
    return notifications.sent(notificationId);
  }
}
