package org.stepwise.routes.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files whose names try to leave the drop ({@code ..}, a backslash) are skipped by the file
 * consumer and would sit in the drop forever. This moves them to error/ under a safe name, with a
 * reject report, so the house learns why.
 */
public final class UnsafeNameQuarantine {

  private static final Logger LOG = LoggerFactory.getLogger(UnsafeNameQuarantine.class);

  private UnsafeNameQuarantine() {}

  static boolean unsafe(String name) {
    return name.contains("..") || name.contains("\\") || name.contains("/");
  }

  public static int sweep(Path drop) throws IOException {
    if (!Files.isDirectory(drop)) {
      return 0;
    }
    List<Path> suspects;
    try (Stream<Path> files = Files.list(drop)) {
      suspects =
          files
              .filter(Files::isRegularFile)
              .filter(f -> unsafe(f.getFileName().toString()))
              .toList();
    }
    for (Path file : suspects) {
      String report = RejectReport.nameFor(file.getFileName().toString());
      String safe = report.substring(0, report.length() - ".rejects.csv".length());
      Files.createDirectories(drop.resolve("error"));
      Files.createDirectories(drop.resolve("rejects"));
      Files.move(file, drop.resolve("error").resolve(safe + "." + System.currentTimeMillis()));
      try (RejectReport rejects = new RejectReport(drop.resolve("rejects").resolve(report))) {
        rejects.add(
            new RowReject(
                0,
                null,
                null,
                "UNSAFE_NAME",
                "the file name tries to leave the drop; it was not read"));
      }
      LOG.atWarn().log(() -> "quarantined a file with an unsafe name in " + drop);
    }
    return suspects.size();
  }
}
