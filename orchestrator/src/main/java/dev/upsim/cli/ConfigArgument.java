package dev.upsim.cli;

import dev.upsim.workloads.config.ConfigError;
import dev.upsim.workloads.config.ConfigLoader;
import dev.upsim.workloads.config.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The configuration path that commands take as their argument: loaded once, with the same messages
 * in every command for a path that does not exist and for a configuration with errors.
 */
final class ConfigArgument {

  private ConfigArgument() {}

  /** Loads {@code path}, relative to the working directory; a missing path is an input problem. */
  static LoadResult load(Path path) {
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
