package org.stepwise.routes.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where a house's feed was read up to, kept in a file and replaced atomically, only after
 * case-service has answered for the page: a restart neither skips a page nor asks for one it has
 * already delivered.
 */
public final class FeedCursor {

  private final Path file;

  public FeedCursor(Path stateDir, String houseCode) {
    this.file = stateDir.resolve("feed-" + houseCode + ".cursor");
  }

  public Optional<String> read() {
    try {
      return Files.exists(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
              .filter(s -> !s.isEmpty())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void save(String cursor) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, cursor, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
