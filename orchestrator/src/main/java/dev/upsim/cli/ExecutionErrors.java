package dev.upsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Catches what a command throws. An {@link InputProblem} is the user's to fix: one line, exit code
 * 2. Anything else is a bug in upsim: one line "upsim: internal error: ...", exit code 70, and the
 * stack trace only with {@code --debug} or {@code UPSIM_DEBUG=1}, since users cannot act on it.
 */
final class ExecutionErrors implements IExecutionExceptionHandler {

  private final Terminal terminal;

  ExecutionErrors(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Reports {@code thrown} on the command's stderr and returns the exit code. */
  @Override
  public int handleExecutionException(Exception thrown, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (thrown instanceof InputProblem) {
      err.println(command.getCommandSpec().qualifiedName() + ": " + thrown.getMessage());
      err.flush();
      return ExitCode.USAGE;
    }
    return report(thrown, terminal.debug() || asksForDebug(parsed), err);
  }

  /**
   * Prints the one line for an unexpected {@code thrown} (and its trace when asked); returns 70.
   */
  static int report(Throwable thrown, boolean debug, PrintWriter err) {
    Throwable cause = unwrap(thrown);
    String hint = debug ? "" : " (--debug shows the stack trace)";
    err.println("upsim: internal error: " + describe(cause) + hint);
    if (debug) {
      cause.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  private static boolean asksForDebug(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static Throwable unwrap(Throwable thrown) {
    boolean wrapper = thrown instanceof ExecutionException && thrown.getCause() != null;
    return wrapper ? thrown.getCause() : thrown;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    String name = cause.getClass().getName();
    if (message == null || message.isBlank()) {
      return name;
    }
    return name + ": " + message.lines().findFirst().orElse("");
  }
}
