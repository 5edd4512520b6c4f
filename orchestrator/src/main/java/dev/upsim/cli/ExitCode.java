package dev.upsim.cli;

/**
 * The exit codes of every {@code upsim} command, so that scripts and CI can tell the outcomes
 * apart.
 */
public final class ExitCode {

  /** The command did what was asked and found nothing wrong. */
  public static final int OK = 0;

  /** The command ran, and what it checked failed (a scenario's expectation, for example). */
  public static final int FAILED = 1;

  /** The input was wrong: an unknown option, a missing argument, an invalid configuration. */
  public static final int USAGE = 2;

  /** A bug in upsim: an exception nobody expected (70 is {@code EX_SOFTWARE} in sysexits.h). */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
