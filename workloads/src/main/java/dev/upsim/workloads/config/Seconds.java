package dev.upsim.workloads.config;

import dev.upsim.workloads.yaml.YamlNode;
import dev.upsim.workloads.yaml.YamlScalar;
import java.time.Duration;

/**
 * A duration written as a whole number of seconds ({@code timeout: 3600}). A quoted number is text,
 * not a number, so {@code "3600"} is refused as the platform's schema refuses it.
 */
final class Seconds {

  private Seconds() {}

  /** The seconds {@code node} holds, or null after reporting why it holds none. */
  static Duration parse(YamlNode node, String path, Range range, Problems problems) {
    if (!(node instanceof YamlScalar) || ((YamlScalar) node).quoted() || !isDigits(node)) {
      String problem = "found " + node.describe() + " where a whole number of seconds is expected";
      problems.add(node.at(), path, problem, range.describe());
      return null;
    }
    String digits = ((YamlScalar) node).text();
    // Past 18 digits a long could overflow; any such number is far out of range anyway.
    long seconds = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (seconds < range.min() || seconds > range.max()) {
      String problem = digits + " seconds is out of range";
      problems.add(node.at(), path, problem, range.describe());
      return null;
    }
    return Duration.ofSeconds(seconds);
  }

  private static boolean isDigits(YamlNode node) {
    String text = ((YamlScalar) node).text();
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The seconds a key accepts, both ends included. */
  record Range(long min, long max) {

    /** For example "a whole number of seconds from 1 to 86400, without quotes". */
    String describe() {
      return "a whole number of seconds from " + min + " to " + max + ", without quotes";
    }
  }
}
