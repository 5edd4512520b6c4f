package dev.upsim.cli;

import dev.upsim.workloads.config.ConfigError;
import dev.upsim.workloads.config.ConfigLoader;
import dev.upsim.workloads.config.LoadResult;
import dev.upsim.workloads.config.ProjectConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/**
 * The configuration path that commands take as their argument, mixed into each of them: described
 * once, and loaded with the same messages in every command for a path that does not exist and for a
 * configuration with errors.
 */
final class ConfigArgument {

  @Parameters(
      paramLabel = "PATH",
      description = "The project directory, its .upsun directory, or one configuration file.")
  private Path path;

  /** The path given on the command line. */
  Path path() {
    return path;
  }

  /**
   * Loads the path's configuration, or prints its errors on {@code errorsTo} and returns nothing,
   * for the command to exit with {@link ExitCode#USAGE}.
   */
  Optional<ProjectConfig> loadOrReport(PrintWriter errorsTo, Style style) {
    LoadResult result = load(path);
    if (result instanceof LoadResult.Rejected rejected) {
      printErrors(path, rejected.errors(), errorsTo, style);
      return Optional.empty();
    }
    return Optional.of(((LoadResult.Loaded) result).config());
  }

  /** Loads {@code path}, relative to the working directory; a missing path is an input problem. */
  private static LoadResult load(Path path) {
    if (!Files.exists(path)) {
      throw new InputProblem(path + ": no such file or directory");
    }
    return ConfigLoader.load(path);
  }

  /** Prints every error as the loader renders it, then one line counting them. */
  static void printErrors(Path path, List<ConfigError> errors, PrintWriter out, Style style) {
    for (ConfigError error : errors) {
      out.println(error.render());
    }
    out.println(style.failure(count(errors.size(), "error") + " in " + path));
  }

  /** {@code n} and {@code noun}, plural unless {@code n} is one: "1 task", "0 workers". */
  static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
