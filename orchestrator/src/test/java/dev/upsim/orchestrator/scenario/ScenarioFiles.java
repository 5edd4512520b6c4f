package dev.upsim.orchestrator.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scenario library at the repository's top, as the orchestrator's tests see it. */
final class ScenarioFiles {

  /** The library, relative to the orchestrator module where tests run. */
  static final Path LIBRARY = Path.of("../scenarios");

  private ScenarioFiles() {}

  /** The scenarios that must pass: every {@code scenarios/*.yaml}, sorted. */
  static List<Path> passing() throws IOException {
    return yamlFilesIn(LIBRARY);
  }

  /** The scenarios that must fail: every {@code scenarios/failing/*.yaml}, sorted. */
  static List<Path> failing() throws IOException {
    return yamlFilesIn(LIBRARY.resolve("failing"));
  }

  /** Every scenario file of the library, passing and failing. */
  static List<Path> all() throws IOException {
    return Stream.concat(passing().stream(), failing().stream()).toList();
  }

  private static List<Path> yamlFilesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
