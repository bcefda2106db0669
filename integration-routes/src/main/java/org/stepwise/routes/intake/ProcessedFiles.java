package org.stepwise.routes.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The files already delivered, by house, name and SHA-256 of their content, in an append-only file
 * of the routes' state: a file dropped again unchanged is not processed again. A file is recorded
 * only once case-service has answered for every row.
 */
public final class ProcessedFiles {

  private final Path store;
  private final Set<String> seen = new HashSet<>();

  public ProcessedFiles(Path stateDir) {
    this.store = stateDir.resolve("processed-files.txt");
    try {
      if (Files.exists(store)) {
        seen.addAll(Files.readAllLines(store, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String key(String house, String name, String sha256) {
    return house + "\t" + name.replaceAll("[\\t\\r\\n]", "_") + "\t" + sha256;
  }

  public synchronized boolean contains(String house, String name, String sha256) {
    return seen.contains(key(house, name, sha256));
  }

  public synchronized void add(String house, String name, String sha256) {
    String key = key(house, name, sha256);
    if (seen.add(key)) {
      try {
        Files.createDirectories(store.getParent());
        Files.writeString(
            store,
            key + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
