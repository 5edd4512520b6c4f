package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;

/**
 * One problem in a configuration: where it is, which key, what is wrong and what would be valid.
 *
 * @param keyPath the dotted path of the key, for example {@code applications.shop.crons.nightly}
 * @param valid what would be accepted instead, or an empty string when nothing useful can be said
 */
public record ConfigError(SourceLocation at, String keyPath, String problem, String valid) {

  /** The error as one or two lines: {@code file:line:col: path: problem (valid: ...)}. */
  public String render() {
    String where = at + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ") + problem;
    return valid.isEmpty() ? where : where + "\n    valid: " + valid;
  }
}
