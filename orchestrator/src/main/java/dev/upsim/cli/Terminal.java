package dev.upsim.cli;

import java.io.Console;
import java.util.Map;

/**
 * What the command line knows about where it runs: whether stdout is an interactive terminal, and
 * the environment variables that change its behaviour. Tests build one by hand.
 *
 * @param interactive whether stdout (and stdin) are a terminal rather than a pipe or a file
 */
public record Terminal(boolean interactive, Map<String, String> environment) {

  public Terminal {
    environment = Map.copyOf(environment);
  }

  /** The terminal this process runs in. */
  public static Terminal system() {
    return new Terminal(consoleIsTerminal(), System.getenv());
  }

  /** A terminal that is not interactive and has no environment: plain output, no debug. */
  public static Terminal plain() {
    return new Terminal(false, Map.of());
  }

  /**
   * Whether this process has an interactive console. Up to Java 21 a console exists only then; from
   * Java 22 one may exist on a pipe too, and {@code Console.isTerminal()} (called by name, as upsim
   * compiles for Java 17) tells the two apart.
   */
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException beforeJava22) {
      return true;
    }
  }

  /**
   * Whether to colour the output: only on an interactive terminal, and never when {@code NO_COLOR}
   * is set to a non-empty value (the no-color.org convention).
   */
  public boolean colour() {
    String noColour = environment.get("NO_COLOR");
    return interactive && (noColour == null || noColour.isEmpty());
  }

  /** Whether {@code UPSIM_DEBUG=1} asks for stack traces on internal errors. */
  public boolean debug() {
    return "1".equals(environment.get("UPSIM_DEBUG"));
  }

  /** The style to print with on this terminal. */
  public Style style() {
    return colour() ? Style.ANSI : Style.PLAIN;
  }
}
