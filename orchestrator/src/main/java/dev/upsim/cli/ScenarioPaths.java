package dev.upsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The scenario files that {@code upsim run} arguments name: a file as it is, a directory as every
 * {@code *.yaml} and {@code *.yml} file directly inside it (not in sub-directories), in name order.
 */
final class ScenarioPaths {

  private ScenarioPaths() {}

  /** The files of {@code paths}, in argument order; a missing path is an input problem. */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        files.addAll(inside(path));
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new InputProblem(path + ": no such file or directory");
      }
    }
    return files;
  }

  private static List<Path> inside(Path directory) {
    List<Path> files;
    try (Stream<Path> listed = Files.list(directory)) {
      files = listed.filter(ScenarioPaths::isScenarioFile).sorted(ScenarioPaths::byName).toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    if (files.isEmpty()) {
      throw new InputProblem(
          directory + ": no scenario file (*.yaml or *.yml) directly inside this directory");
    }
    return files;
  }

  private static boolean isScenarioFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }

  private static int byName(Path a, Path b) {
    return a.getFileName().toString().compareTo(b.getFileName().toString());
  }
}
