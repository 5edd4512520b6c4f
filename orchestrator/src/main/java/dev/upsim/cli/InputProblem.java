package dev.upsim.cli;

/**
 * Thrown by a command when the user's input cannot be used (a path that does not exist, a grant
 * naming an unknown task); printed as one line and exit code 2, without a stack trace.
 */
public final class InputProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}, which names the input and what would be valid. */
  public InputProblem(String message) {
    super(message);
  }
}
