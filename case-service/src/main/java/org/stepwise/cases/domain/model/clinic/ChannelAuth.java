package org.stepwise.cases.domain.model.clinic;

/** How the routes authenticate to a clinic's channel; the secret itself lives with the routes. */
public enum ChannelAuth {
  NONE,
  OAUTH2_CLIENT_CREDENTIALS,
  PASSWORD
}
