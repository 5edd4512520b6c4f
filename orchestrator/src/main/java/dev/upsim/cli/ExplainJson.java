package dev.upsim.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.auth.HeldGrant;
import dev.upsim.orchestrator.json.Json;
import dev.upsim.workloads.resolve.ResolvedWorkload;
import java.util.List;

/**
 * Renders resolved workloads as pretty-printed JSON for machines:
 *
 * <pre>{@code {"workloads": [{"id": "app:shop", "basis": "...",
 *   "grants": [{"grant": "env:view", "origin": "own", "file": "...", "line": 12}]}]}}</pre>
 *
 * Fields come in that fixed order and workloads in declaration order, so that the same
 * configuration always gives byte-identical output that can be diffed.
 */
final class ExplainJson {

  private ExplainJson() {}

  /** The JSON document for {@code workloads}, ending with a newline. */
  static String render(List<ResolvedWorkload> workloads) {
    ObjectNode document = Json.object();
    ArrayNode array = document.putArray("workloads");
    workloads.forEach(workload -> array.add(workloadNode(workload)));
    return Json.text(document, prettyPrinter()) + "\n";
  }

  private static ObjectNode workloadNode(ResolvedWorkload workload) {
    ObjectNode node = Json.object();
    node.put("id", workload.id().toString());
    node.put("basis", workload.basis());
    ArrayNode grants = node.putArray("grants");
    workload.grants().forEach(held -> grants.add(grantNode(held)));
    return node;
  }

  private static ObjectNode grantNode(HeldGrant held) {
    ObjectNode node = Json.object();
    node.put("grant", held.grant().toString());
    node.put("origin", held.origin().word());
    node.put("file", held.declaredAt().file());
    node.put("line", held.declaredAt().line());
    return node;
  }

  /** Two-space indents, {@code "key": value}, {@code []} when empty, and {@code \n} everywhere. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
