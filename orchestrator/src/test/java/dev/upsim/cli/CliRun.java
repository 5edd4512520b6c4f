package dev.upsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;

/** One in-process run of the command line: its exit code and what it printed on each stream. */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@code args} on a plain terminal (no colour, no environment). */
  static CliRun run(String... args) {
    return run(Terminal.plain(), args);
  }

  /** Runs {@code args} on {@code terminal}. */
  static CliRun run(Terminal terminal, String... args) {
    return run(Main.commandLine(terminal), args);
  }

  /** Runs {@code args} on an already configured command line, capturing both streams. */
  static CliRun run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** A terminal with {@code environment} set, not interactive. */
  static Terminal environment(Map<String, String> environment) {
    return new Terminal(false, environment);
  }

  /** The absolute path of a fixture under {@code src/test/resources}. */
  static String fixture(String name) {
    URL url = Objects.requireNonNull(CliRun.class.getResource("/" + name), name);
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name, e);
    }
  }
}
