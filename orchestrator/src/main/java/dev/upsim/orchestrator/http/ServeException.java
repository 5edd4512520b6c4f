package dev.upsim.orchestrator.http;

/**
 * Thrown when upsim serve cannot start as asked: an address already taken, or options that cannot
 * be served (an invalid environment name); the message says what to change.
 */
public final class ServeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}, which names the input and what would be valid. */
  public ServeException(String message) {
    super(message);
  }
}
