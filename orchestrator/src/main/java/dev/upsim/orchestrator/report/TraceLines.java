package dev.upsim.orchestrator.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.orchestrator.json.Json;
import dev.upsim.orchestrator.scenario.ScenarioResult;
import java.util.List;
import java.util.Locale;

/**
 * The traces of several scenario runs as one JSON-lines text, in the order they ran. Each scenario
 * starts with a marker line, an object with a {@code scenario} key (its name, file, seed and
 * outcome) and no {@code seq}, followed by one line per trace event ({@link
 * dev.upsim.orchestrator.trace.TraceEvent#toJson()}). A scenario that could not be used has its
 * marker line only.
 */
public final class TraceLines {

  private TraceLines() {}

  /** Every scenario's marker and events, each line ended by a newline. */
  public static String of(List<ScenarioResult> results) {
    StringBuilder lines = new StringBuilder();
    for (ScenarioResult result : results) {
      lines.append(marker(result)).append('\n');
      result.trace().forEach(event -> lines.append(event.toJson()).append('\n'));
    }
    return lines.toString();
  }

  /** The line that opens a scenario's events. */
  static String marker(ScenarioResult result) {
    ObjectNode node = Json.object();
    node.put("scenario", result.name());
    node.put("file", String.valueOf(result.file()));
    node.put("seed", result.seed());
    node.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
    return Json.text(node);
  }
}
