package dev.upsim.orchestrator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.orchestrator.json.Json;
import dev.upsim.workloads.yaml.YamlEntry;
import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlNode;
import dev.upsim.workloads.yaml.YamlScalar;
import dev.upsim.workloads.yaml.YamlSequence;
import java.math.BigDecimal;

/**
 * Turns a request body written as YAML into the JSON text that is sent. Values are typed as {@link
 * Scalars} types them, so {@code force: true} sends a boolean and {@code count: 3} a number. The
 * tree's depth is bounded by the YAML reader's limits, so the recursion here is bounded too.
 */
final class YamlJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private YamlJson() {}

  /** The JSON text of {@code node}. */
  static String toJson(YamlNode node) {
    return Json.text(tree(node));
  }

  private static JsonNode tree(YamlNode node) {
    if (node instanceof YamlMapping) {
      ObjectNode object = NODES.objectNode();
      for (YamlEntry entry : ((YamlMapping) node).entries()) {
        object.set(entry.key(), tree(entry.value()));
      }
      return object;
    }
    if (node instanceof YamlSequence) {
      ArrayNode array = NODES.arrayNode();
      ((YamlSequence) node).items().forEach(item -> array.add(tree(item)));
      return array;
    }
    return node instanceof YamlScalar ? scalar((YamlScalar) node) : NODES.nullNode();
  }

  private static JsonNode scalar(YamlScalar scalar) {
    switch (Scalars.kindOf(scalar)) {
      case BOOLEAN:
        return NODES.booleanNode(Scalars.booleanValue(scalar));
      case INTEGER:
        BigDecimal whole = Scalars.numericValue(scalar);
        return whole == null
            ? NODES.textNode(scalar.text())
            : NODES.numberNode(whole.toBigInteger());
      case NUMBER:
        BigDecimal number = Scalars.numericValue(scalar);
        return number == null ? NODES.textNode(scalar.text()) : NODES.numberNode(number);
      default:
        return NODES.textNode(scalar.text());
    }
  }
}
