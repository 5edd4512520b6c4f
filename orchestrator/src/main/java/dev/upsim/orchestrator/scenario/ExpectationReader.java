package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.Grant;
import dev.upsim.workloads.config.KeyPath;
import dev.upsim.workloads.config.Problems;
import dev.upsim.workloads.config.Suggestions;
import dev.upsim.workloads.program.Expectation;
import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlNode;
import dev.upsim.workloads.yaml.YamlScalar;
import dev.upsim.workloads.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads an {@code expect:} value: a status code, or a mapping of the parts to check. */
final class ExpectationReader {

  /** The refusal reason codes a scenario may expect, as the scenario schema lists them. */
  static final List<String> REASONS =
      List.of(
          "missing-token",
          "malformed-token",
          "bad-signature",
          "expired",
          "wrong-environment",
          "wrong-project",
          "missing-grant",
          "unknown-task",
          "bad-request",
          "run-ended",
          "rate-limited",
          "chain-too-deep");

  private static final List<String> KEYS =
      List.of("status", "reason", "error-contains", "grants", "expires-in");
  private static final String FORMS =
      "a status code such as 200, or a mapping with any of: " + String.join(", ", KEYS);
  private static final String STATUS = "an HTTP status code from 100 to 599";
  private static final String GRANT = "env:view or task:operate:<task>";

  private ExpectationReader() {}

  /** The expectation written at {@code path}; empty (and reported) when it is not valid. */
  static Optional<Expectation> read(YamlNode node, String path, Problems out) {
    if (node instanceof YamlScalar) {
      return Values.integer(node, path, 100, 599, STATUS, out)
          .map(Math::toIntExact)
          .map(Expectation::status);
    }
    return Values.mapping(node, path, FORMS, out).flatMap(map -> parts(map, path, out));
  }

  private static Optional<Expectation> parts(YamlMapping mapping, String path, Problems out) {
    Fields fields = new Fields(mapping, path, out);
    fields.allowOnly(KEYS, "expect");
    Optional<Long> status = fields.integer("status", 100, 599, STATUS);
    Optional<String> reason = fields.value("reason").flatMap(node -> reason(node, fields));
    Optional<String> contains = fields.text("error-contains", "the text the error must contain");
    Optional<Set<Grant>> grants = fields.value("grants").flatMap(node -> grants(node, fields));
    Optional<Long> expiresIn =
        fields.integer("expires-in", Long.MIN_VALUE, Long.MAX_VALUE, "whole seconds");
    return Optional.of(
        new Expectation(
            status.map(Math::toIntExact).orElse(null),
            reason.orElse(null),
            contains.orElse(null),
            grants.orElse(null),
            expiresIn.orElse(null)));
  }

  private static Optional<String> reason(YamlNode node, Fields fields) {
    String path = fields.pathOf("reason");
    String valid = "one of: " + String.join(", ", REASONS);
    Optional<String> code = Values.text(node, path, valid, fields.problems());
    if (code.isPresent() && !REASONS.contains(code.get())) {
      String hint = Suggestions.didYouMean(code.get(), REASONS);
      fields.problems().add(node.at(), path, "unknown reason '" + code.get() + "'" + hint, valid);
      return Optional.empty();
    }
    return code;
  }

  private static Optional<Set<Grant>> grants(YamlNode node, Fields fields) {
    String path = fields.pathOf("grants");
    Optional<YamlSequence> list =
        Values.list(node, path, "a list of grants such as [env:view]", fields.problems());
    if (list.isEmpty()) {
      return Optional.empty();
    }
    Set<Grant> grants = new TreeSet<>();
    List<YamlNode> items = list.get().items();
    for (int index = 0; index < items.size(); index++) {
      grant(items.get(index), KeyPath.item(path, index), fields.problems()).ifPresent(grants::add);
    }
    return Optional.of(grants);
  }

  private static Optional<Grant> grant(YamlNode node, String path, Problems out) {
    Optional<String> text = Values.text(node, path, GRANT, out);
    Optional<Grant> grant = text.flatMap(Grant::parse);
    if (text.isPresent() && grant.isEmpty()) {
      out.add(node.at(), path, "'" + text.get() + "' is not a grant the platform knows", GRANT);
    }
    return grant;
  }
}
