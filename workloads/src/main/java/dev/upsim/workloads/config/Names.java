package dev.upsim.workloads.config;

import dev.upsim.workloads.yaml.YamlEntry;
import java.util.Optional;

/**
 * The naming rule for applications, workers, crons and tasks: lowercase letters, digits and
 * hyphens, starting with a letter, at most 63 characters, as in a hostname label. A task name never
 * holds {@code --}, which separates the parts of a task run's container name.
 */
final class Names {

  static final int MAX_LENGTH = 63;

  private static final String RULE =
      "lowercase letters, digits and hyphens, starting with a letter, at most 63 characters";

  private Names() {}

  /** Reports the name under {@code entry} if it breaks the rule; {@code kind} is "worker", .... */
  static void check(String kind, YamlEntry entry, String path, Problems problems) {
    boolean task = kind.equals("task");
    whyInvalid(entry.key(), task)
        .ifPresent(
            why ->
                problems.add(
                    entry.keyAt(),
                    path,
                    "invalid " + kind + " name '" + entry.key() + "': " + why,
                    task ? RULE + ", without '--'" : RULE));
  }

  /** What is wrong with {@code name}, or empty when it follows the rule. */
  static Optional<String> whyInvalid(String name, boolean task) {
    if (name.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of("it is " + name.length() + " characters long");
    }
    if (name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return Optional.of("it does not start with a lowercase letter");
    }
    for (char c : name.toCharArray()) {
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
        return Optional.of("'" + c + "' is not a lowercase letter, digit or hyphen");
      }
    }
    return task && name.contains("--")
        ? Optional.of("a task name never contains '--'")
        : Optional.empty();
  }
}
