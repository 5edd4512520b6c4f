package dev.upsim.orchestrator.scenario;

import dev.upsim.workloads.config.ConfigError;
import java.util.List;

/** What parsing a scenario file gave: the scenario, or every problem found in it. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Rejected {

  /** The file is a valid scenario. */
  record Parsed(Scenario scenario) implements ParseResult {}

  /** The file is not a valid scenario; every problem, sorted by line and column. */
  record Rejected(List<ConfigError> errors) implements ParseResult {

    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
