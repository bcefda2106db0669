package org.stepwise.routes.config;

import org.apache.camel.CamelContext;

/**
 * Every SFTP connection the routes make, to a house's drop or a clinic's, checks the server's host
 * key against one configured known-hosts file ({@code stepwise.sftp.known-hosts}, OpenSSH format):
 * a server whose key changed is refused before anything is read or sent. An endpoint that turns the
 * check off is refused at start-up.
 */
public final class SftpHostKeys {

  private SftpHostKeys() {}

  /** The endpoint options that make the check. */
  public static String options(CamelContext context) {
    String knownHosts =
        context.resolvePropertyPlaceholders(
            context
                .getPropertiesComponent()
                .resolveProperty("stepwise.sftp.known-hosts")
                .orElse("{{sys:user.home}}/.ssh/known_hosts"));
    return "strictHostKeyChecking=yes&useUserKnownHostsFile=false&knownHostsFile=" + knownHosts;
  }

  /** Refuses an SFTP endpoint that would skip or replace the check. */
  public static void requireChecked(String endpoint, String where) {
    String lower = endpoint.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("sftp:")
        && (lower.contains("stricthostkeychecking=")
            || lower.contains("knownhostsfile=")
            || lower.contains("useuserknownhostsfile="))) {
      throw new IllegalArgumentException(
          where
              + " must not set its own host key options: every SFTP server is checked against"
              + " stepwise.sftp.known-hosts");
    }
  }
}
