package dev.upsim.auth;

/**
 * A place in a configuration or scenario file, 1-based, as people and editors count.
 *
 * <p>Printed as {@code file:line:column}, the form that terminals and editors turn into links.
 */
public record SourceLocation(String file, int line, int column) {

  /** The place as {@code file:line}, used where the column adds nothing (provenance lists). */
  public String fileAndLine() {
    return file + ":" + line;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
