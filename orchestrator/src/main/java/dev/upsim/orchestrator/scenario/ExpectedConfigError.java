package dev.upsim.orchestrator.scenario;

import dev.upsim.workloads.config.ConfigError;

/**
 * The configuration error a scenario expects: loading must fail with an error whose message
 * contains {@code contains}, on {@code line} and at {@code column} when those are given.
 *
 * @param line the expected line, or null for any
 * @param column the expected column, or null for any
 * @param contains text the error's rendered message must contain
 */
public record ExpectedConfigError(Integer line, Integer column, String contains) {

  /** Whether {@code error} is the one expected. */
  public boolean matches(ConfigError error) {
    return (line == null || line == error.at().line())
        && (column == null || column == error.at().column())
        && error.render().contains(contains);
  }

  /** The expectation in words, for reports. */
  public String describe() {
    String place = line == null ? "" : " at line " + line + (column == null ? "" : ":" + column);
    return "a configuration error" + place + " containing \"" + contains + "\"";
  }
}
