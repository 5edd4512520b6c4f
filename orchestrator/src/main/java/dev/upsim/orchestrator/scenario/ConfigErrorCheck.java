package dev.upsim.orchestrator.scenario;

import dev.upsim.workloads.config.ConfigError;
import java.util.List;

/**
 * The check of a scenario that expects its configuration to be rejected ({@code
 * expect-config-error}).
 *
 * @param expected the expected error, in words
 * @param actual what loading gave, in words: every error rendered, or that it loaded
 * @param passed whether one of the errors is the one expected
 * @param errors every error loading reported; empty when the configuration loaded
 */
public record ConfigErrorCheck(
    String expected, String actual, boolean passed, List<ConfigError> errors) {

  public ConfigErrorCheck {
    errors = List.copyOf(errors);
  }
}
