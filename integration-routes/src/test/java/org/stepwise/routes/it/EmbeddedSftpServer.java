package org.stepwise.routes.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** A real SFTP server (Apache MINA SSHD) on a loopback port, serving a directory. */
final class EmbeddedSftpServer implements AutoCloseable {

  static final String USER = "maple";
  static final String PASSWORD = "maple-sftp-test";

  private final SshServer server;
  private final Path root;

  private EmbeddedSftpServer(SshServer server, Path root) {
    this.server = server;
    this.root = root;
  }

  static EmbeddedSftpServer start(Path root) throws IOException {
    Files.createDirectories(root);
    SshServer server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    // each server its own host key, kept beside its directory
    server.setKeyPairProvider(
        new SimpleGeneratorHostKeyProvider(root.resolveSibling(root.getFileName() + ".hostkey")));
    server.setPasswordAuthenticator(
        (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.setFileSystemFactory(new VirtualFileSystemFactory(root));
    server.start();
    return new EmbeddedSftpServer(server, root);
  }

  int port() {
    return server.getPort();
  }

  Path root() {
    return root;
  }

  /**
   * A known-hosts file (OpenSSH format) that names this server's address with {@code server}'s host
   * key: this server's own, or another's to stand for a key that changed.
   */
  Path knownHosts(Path file, EmbeddedSftpServer server) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (java.security.KeyPair key : server.server.getKeyPairProvider().loadKeys(null)) {
      lines
          .append("[127.0.0.1]:")
          .append(port())
          .append(' ')
          .append(org.apache.sshd.common.config.keys.PublicKeyEntry.toString(key.getPublic()))
          .append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, lines);
    return file;
  }

  /** A known-hosts file with this server's own host key. */
  Path knownHosts(Path file) throws Exception {
    return knownHosts(file, this);
  }

  /** The Camel endpoint of a directory on this server (its host key is checked by the routes). */
  String endpoint(String directory) {
    return "sftp://127.0.0.1:"
        + port()
        + "/"
        + directory
        + "?username="
        + USER
        + "&password=RAW("
        + PASSWORD
        + ")";
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }
}
