package dev.upsim.cli;

import dev.upsim.orchestrator.simulation.SystemAhead;
import java.util.Arrays;
import java.util.Set;

/**
 * The jar's entry point: starts what can start before the command line is read, then runs {@link
 * Main}.
 *
 * <p>Design notes. {@code upsim run} needs a Pekko actor system, and making one is a good part of a
 * short run; it depends on nothing the command line says, so it is made on a thread of its own
 * ({@link SystemAhead}) while picocli reads the command line and the scenario is parsed. This class
 * refers to no picocli type, so that the JVM loads picocli (whose Java 5 classes class-data sharing
 * cannot archive) only once that thread runs, beside it: loading {@code Main} first would load much
 * of picocli before anything else could start. A run that ends before any simulation (a missing
 * file, a usage error) pays ~25 ms for the system it did not use; a request for help starts none.
 */
public final class Launcher {

  private static final Set<String> HELP_OPTIONS = Set.of("--help", "-h", "--version", "-V");

  private Launcher() {}

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    if (RunCommand.NAME.equals(commandWord(args)) && !asksForHelp(args)) {
      SystemAhead.start();
    }
    Main.main(args);
  }

  /** Whether {@code args} ask for help or the version, which need no actor system. */
  static boolean asksForHelp(String... args) {
    return Arrays.stream(args).anyMatch(HELP_OPTIONS::contains);
  }

  /** The argument that names the sub-command: the first other than {@code --debug}, or null. */
  static String commandWord(String... args) {
    for (String arg : args) {
      if (!arg.equals("--debug")) {
        return arg;
      }
    }
    return null;
  }
}
