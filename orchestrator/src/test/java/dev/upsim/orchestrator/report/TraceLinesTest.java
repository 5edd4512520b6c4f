package dev.upsim.orchestrator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceLinesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachScenarioOpensWithAMarkerLineThenItsEvents() throws Exception {
    var trace = new TraceBuilder().token("admin", "[]").events();
    var ran = Results.ran(Results.scenario("Tokens", Map.of()), List.of(), List.of(), trace);
    var unusable = Results.unusable("broken.yaml");

    List<String> lines = TraceLines.of(List.of(ran, unusable)).lines().toList();

    assertThat(lines).hasSize(4);
    JsonNode marker = JSON.readTree(lines.get(0));
    assertThat(marker.get("scenario").asText()).isEqualTo("Tokens");
    assertThat(marker.get("seed").asLong()).isEqualTo(7);
    assertThat(marker.get("outcome").asText()).isEqualTo("passed");
    assertThat(marker.has("seq")).isFalse();
    assertThat(lines.subList(1, 3)).containsExactly(trace.get(0).toJson(), trace.get(1).toJson());
    assertThat(JSON.readTree(lines.get(3)).get("file").asText()).isEqualTo("scenarios/broken.yaml");
  }
}
