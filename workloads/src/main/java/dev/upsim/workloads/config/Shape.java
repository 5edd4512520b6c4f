package dev.upsim.workloads.config;

import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlNode;
import dev.upsim.workloads.yaml.YamlScalar;
import dev.upsim.workloads.yaml.YamlSequence;
import java.util.Optional;

/** Checks that a node has the shape a key needs, reporting the problem when it has not. */
final class Shape {

  private Shape() {}

  /** The node as a mapping; {@code expected} describes the mapping for the error. */
  static Optional<YamlMapping> mapping(
      YamlNode node, String path, String expected, Problems problems) {
    if (node instanceof YamlMapping) {
      return Optional.of((YamlMapping) node);
    }
    wrong(node, path, "a mapping", expected, problems);
    return Optional.empty();
  }

  /** The node as a list; {@code expected} describes the list for the error. */
  static Optional<YamlSequence> list(
      YamlNode node, String path, String expected, Problems problems) {
    if (node instanceof YamlSequence) {
      return Optional.of((YamlSequence) node);
    }
    wrong(node, path, "a list", expected, problems);
    return Optional.empty();
  }

  /** The node's text, which must not be empty; {@code expected} describes it for the error. */
  static Optional<String> text(YamlNode node, String path, String expected, Problems problems) {
    if (node instanceof YamlScalar && !((YamlScalar) node).text().isBlank()) {
      return Optional.of(((YamlScalar) node).text());
    }
    wrong(node, path, "a non-empty value", expected, problems);
    return Optional.empty();
  }

  private static void wrong(
      YamlNode node, String path, String shape, String expected, Problems problems) {
    String problem = "found " + node.describe() + " where " + shape + " is expected";
    problems.add(node.at(), path, problem, expected);
  }
}
