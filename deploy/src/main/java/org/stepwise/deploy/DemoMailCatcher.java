package org.stepwise.deploy;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local demo's mail server: an SMTP server on the loopback interface (GreenMail) that delivers
 * every message it is given to one directory as an {@code .eml} file, so one can open what a case
 * manager would receive. Local only: it accepts any sender and recipient.
 */
final class DemoMailCatcher implements AutoCloseable {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final GreenMail server;

  private DemoMailCatcher(GreenMail server) {
    this.server = server;
  }

  static DemoMailCatcher start(int port, Path directory) throws IOException {
    Files.createDirectories(directory);
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    MessageDeliveryHandler deliver = server.getUserManager().getMessageDeliveryHandler();
    AtomicInteger count = new AtomicInteger();
    server
        .getUserManager()
        .setMessageDeliveryHandler(
            (message, address) -> {
              Path file =
                  directory.resolve(
                      LocalDateTime.now().format(STAMP)
                          + "-"
                          + count.incrementAndGet()
                          + "-"
                          + address.getEmail().replaceAll("[^A-Za-z0-9.@_-]", "_")
                          + ".eml");
              try (OutputStream out = Files.newOutputStream(file)) {
                message.getMessage().writeTo(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return deliver.handle(message, address);
            });
    return new DemoMailCatcher(server);
  }

  int port() {
    return server.getSmtp().getPort();
  }

  @Override
  public void close() {
    server.stop();
  }
}
