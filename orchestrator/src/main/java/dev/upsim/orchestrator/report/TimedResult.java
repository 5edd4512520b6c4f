package dev.upsim.orchestrator.report;

import dev.upsim.orchestrator.scenario.ScenarioResult;
import java.time.Duration;
import java.util.Objects;

/**
 * A scenario's result with the real time its run took, which CI servers show next to each suite.
 *
 * @param elapsed wall-clock time from parsing the file to the end of the run
 */
public record TimedResult(ScenarioResult result, Duration elapsed) {

  public TimedResult {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
