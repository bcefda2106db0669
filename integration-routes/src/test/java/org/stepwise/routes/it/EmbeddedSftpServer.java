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
    server.setKeyPairProvider(
        new SimpleGeneratorHostKeyProvider(root.resolveSibling("hostkey.ser")));
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

  /** The Camel endpoint of a directory on this server. */
  String endpoint(String directory) {
    return "sftp://127.0.0.1:"
        + port()
        + "/"
        + directory
        + "?username="
        + USER
        + "&password=RAW("
        + PASSWORD
        + ")"
        + "&strictHostKeyChecking=no&useUserKnownHostsFile=false";
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }
}
