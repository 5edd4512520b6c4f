package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the YAML files that a path designates: the file itself, every {@code *.yaml} and {@code
 * *.yml} at the first level of a {@code .upsun} directory in name order, or those of the {@code
 * .upsun} directory of a project root. Each is shown as the path the user gave joined with the
 * file's name, so that error locations can be clicked.
 */
final class ConfigFiles {

  private static final String UPSUN = ".upsun";
  private static final String VALID =
      "a YAML file, a .upsun directory, or a project root holding .upsun/";

  private ConfigFiles() {}

  /** A file to read and the name that locations show for it. */
  record ConfigFile(Path path, String shownAs) {}

  /** The files to read, in the order their keys are merged; reported when there are none. */
  static List<ConfigFile> locate(Path path, Problems problems) {
    if (!Files.exists(path)) {
      problems.add(start(path), "", "no such file or directory", VALID);
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(new ConfigFile(path, path.toString()));
    }
    Path directory = Files.isDirectory(path.resolve(UPSUN)) ? path.resolve(UPSUN) : path;
    return inDirectory(directory, problems);
  }

  private static List<ConfigFile> inDirectory(Path directory, Problems problems) {
    try (Stream<Path> entries = Files.list(directory)) {
      List<ConfigFile> files =
          entries
              .filter(ConfigFiles::isYaml)
              .sorted(Comparator.comparing(file -> file.getFileName().toString()))
              .map(file -> new ConfigFile(file, file.toString()))
              .toList();
      if (files.isEmpty()) {
        problems.add(
            start(directory),
            "",
            "no YAML file (*.yaml or *.yml) in directory " + directory,
            "a .upsun directory holding config.yaml, or " + VALID);
      }
      return files;
    } catch (IOException e) {
      problems.add(
          start(directory),
          "",
          "cannot list directory " + directory + ": " + e.getMessage(),
          VALID);
      return List.of();
    }
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(file);
  }

  private static SourceLocation start(Path path) {
    return new SourceLocation(path.toString(), 1, 1);
  }
}
