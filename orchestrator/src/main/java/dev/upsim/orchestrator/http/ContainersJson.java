package dev.upsim.orchestrator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.orchestrator.json.Json;
import java.util.List;

/** The containers served, as {@code GET /__upsim/containers} answers: the console table as JSON. */
final class ContainersJson {

  private ContainersJson() {}

  /**
   * One object per container, in the order they started: its id as scenarios name it, its name, its
   * task run (or null), its environment, its proxy's URL and the variables it sees.
   */
  static ArrayNode of(List<ServedContainer> served) {
    ArrayNode list = Json.array();
    for (ServedContainer container : served) {
      ObjectNode node = list.addObject();
      node.put("id", container.id());
      node.put("container", container.view().name());
      node.put("run", container.view().runId());
      node.put("environment", container.environment());
      node.put("proxy", container.proxyUrl());
      ObjectNode variables = node.putObject("variables");
      container.variables().forEach(variables::put);
    }
    return list;
  }
}
