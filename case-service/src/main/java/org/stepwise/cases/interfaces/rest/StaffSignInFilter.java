package org.stepwise.cases.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.stepwise.cases.application.StaffService;

/**
 * Keeps the staff directory current: the caller's subject, username and roles, so that a login
 * named in an assignment reaches the subject that holds it (see {@link StaffService}).
 */
@Provider
@Priority(Priorities.USER)
public class StaffSignInFilter implements ContainerRequestFilter {

  @Inject private StaffService staff;

  @Override
  public void filter(ContainerRequestContext context) {
    staff.callerSignedIn();
  }
}
