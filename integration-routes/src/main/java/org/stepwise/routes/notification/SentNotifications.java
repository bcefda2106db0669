package org.stepwise.routes.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The notifications this instance has handed to the mail server, one id per line in the routes'
 * state, written to disk (synchronously) before case-service is told: routes that stop between the
 * mail server's answer and that report tell case-service on the next claim without mailing again.
 */
public final class SentNotifications {

  private final Path store;
  private final Set<Long> sent = new HashSet<>();

  public SentNotifications(Path stateDir) {
    this.store = stateDir.resolve("sent-notifications.txt");
    try {
      if (Files.exists(store)) {
        for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            sent.add(Long.parseLong(line.strip()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized boolean contains(long id) {
    return sent.contains(id);
  }

  public synchronized void add(long id) {
    if (sent.add(id)) {
      try {
        Files.createDirectories(store.getParent());
        Files.writeString(
            store,
            id + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND,
            StandardOpenOption.SYNC);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
