package dev.upsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line that picocli could not parse (an unknown option, a missing argument, a
 * value of the wrong form) as one line naming the command, any close matches, and a hint to use
 * {@code --help}, with exit code 2. The full usage text would bury the one line that matters.
 */
final class UsageErrors implements IParameterExceptionHandler {

  /** Prints the one-line message and the hint; returns {@link ExitCode#USAGE}. */
  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();

    err.println(name + ": " + problem.getMessage());
    UnmatchedArgumentException.printSuggestions(problem, err);
    err.println("Try '" + name + " --help' for usage and examples.");
    err.flush();
    return ExitCode.USAGE;
  }
}
