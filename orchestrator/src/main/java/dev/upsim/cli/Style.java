package dev.upsim.cli;

/**
 * Marks text by meaning (a heading, a success, a failure, a side note) and renders it as ANSI
 * colour or leaves it plain. Callers pad before styling, so that escape codes never count toward a
 * column's width.
 */
public enum Style {
  /** No escape codes: for pipes, files, tests and {@code NO_COLOR}. */
  PLAIN,
  /** ANSI escape codes, for an interactive terminal. */
  ANSI;

  private static final String RESET = "\u001b[0m";

  /** A heading or a name that should stand out. */
  public String strong(String text) {
    return wrap("\u001b[1m", text);
  }

  /** Something that went well. */
  public String success(String text) {
    return wrap("\u001b[32m", text);
  }

  /** Something that is wrong. */
  public String failure(String text) {
    return wrap("\u001b[31m", text);
  }

  /** A side note the eye may skip. */
  public String muted(String text) {
    return wrap("\u001b[2m", text);
  }

  private String wrap(String code, String text) {
    return this == PLAIN || text.isEmpty() ? text : code + text + RESET;
  }
}
