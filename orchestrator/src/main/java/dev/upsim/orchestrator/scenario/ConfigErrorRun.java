package dev.upsim.orchestrator.scenario;

import dev.upsim.workloads.config.ConfigError;
import dev.upsim.workloads.config.LoadResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Judges a scenario that expects its configuration to be rejected: it passes when loading fails
 * with the expected error, and fails when loading fails otherwise or succeeds. Such a scenario
 * plays no steps: there is no configuration to play them on.
 */
final class ConfigErrorRun {

  private ConfigErrorRun() {}

  /** The result of {@code scenario}, whose configuration loading gave {@code loaded}. */
  static ScenarioResult judge(Scenario scenario, LoadResult loaded) {
    ExpectedConfigError expected = scenario.expectConfigError().orElseThrow();
    List<ConfigError> errors =
        loaded instanceof LoadResult.Rejected rejected ? rejected.errors() : List.of();
    boolean passed = errors.stream().anyMatch(expected::matches);
    ConfigErrorCheck check =
        new ConfigErrorCheck(expected.describe(), actual(errors), passed, errors);
    return ScenarioResult.judged(scenario, check);
  }

  private static String actual(List<ConfigError> errors) {
    if (errors.isEmpty()) {
      return "the configuration loaded without errors";
    }
    return errors.stream().map(ConfigError::render).collect(Collectors.joining("\n"));
  }
}
