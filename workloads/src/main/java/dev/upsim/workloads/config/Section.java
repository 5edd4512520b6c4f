package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.yaml.YamlEntry;
import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One mapping of the configuration with its key path and the place of the key that names it, read
 * key by key. Every accessor reports what is wrong (missing, wrong shape, unknown) and answers
 * empty, so a validator states what a part needs in a few lines and still collects every problem.
 */
final class Section {

  private final YamlMapping mapping;
  private final SourceLocation at;
  private final String path;
  private final Problems problems;

  private Section(YamlMapping mapping, SourceLocation at, String path, Problems problems) {
    this.mapping = mapping;
    this.at = at;
    this.path = path;
    this.problems = problems;
  }

  /**
   * The section under {@code entry} when its value is a mapping, after checking its key as the name
   * of a {@code kind} ("worker", "task", ...); each problem is reported.
   */
  static Optional<Section> named(
      String kind, YamlEntry entry, String path, String expected, Problems problems) {
    Names.check(kind, entry, path, problems);
    return of(entry, path, expected, problems);
  }

  /** The section under {@code entry} when its value is a mapping; reported otherwise. */
  static Optional<Section> of(YamlEntry entry, String path, String expected, Problems problems) {
    return of(entry.value(), entry.keyAt(), path, expected, problems);
  }

  /**
   * The section of {@code node} when it is a mapping; reported otherwise. {@code at} is where a
   * missing key is reported: the key naming the mapping, or the mapping itself when none does.
   */
  static Optional<Section> of(
      YamlNode node, SourceLocation at, String path, String expected, Problems problems) {
    return Shape.mapping(node, path, expected, problems)
        .map(mapping -> new Section(mapping, at, path, problems));
  }

  /** The mapping itself. */
  YamlMapping mapping() {
    return mapping;
  }

  /** The key path of this section, for example {@code applications.shop}. */
  String path() {
    return path;
  }

  /** The key path of {@code key} inside this section. */
  String pathOf(String key) {
    return KeyPath.child(path, key);
  }

  /** Reports every key outside {@code allowed} as an "Unknown key". */
  void allowOnly(List<String> allowed) {
    allowOnly(allowed, List.of());
  }

  /** As {@link #allowOnly(List)}, leaving out keys that get a message of their own. */
  void allowOnly(List<String> allowed, List<String> reportedElsewhere) {
    for (YamlEntry entry : mapping.entries()) {
      if (!allowed.contains(entry.key()) && !reportedElsewhere.contains(entry.key())) {
        problems.add(
            entry.keyAt(),
            pathOf(entry.key()),
            "Unknown key '" + entry.key() + "'" + Suggestions.didYouMean(entry.key(), allowed),
            "one of: " + String.join(", ", allowed));
      }
    }
  }

  /** The entry for {@code key}, or a "missing required key" problem at this section's key. */
  Optional<YamlEntry> required(String key, String valid) {
    Optional<YamlEntry> entry = mapping.entry(key);
    if (entry.isEmpty()) {
      problems.add(at, path, "missing required key '" + key + "'", key + ": " + valid);
    }
    return entry;
  }

  /** The non-empty text under the required {@code key}. */
  Optional<String> requiredText(String key, String valid) {
    return required(key, valid).flatMap(entry -> text(entry, valid));
  }

  /** The non-empty text under {@code key}, when declared. */
  Optional<String> optionalText(String key, String valid) {
    return mapping.entry(key).flatMap(entry -> text(entry, valid));
  }

  /** The mapping under the required {@code key}. */
  Optional<Section> requiredSection(String key, String valid) {
    return required(key, valid).flatMap(entry -> of(entry, pathOf(key), valid, problems));
  }

  /** The mapping under {@code key}, when declared. */
  Optional<Section> optionalSection(String key, String valid) {
    return mapping.entry(key).flatMap(entry -> of(entry, pathOf(key), valid, problems));
  }

  /** The seconds under {@code key}, {@code fallback} when absent, null when invalid. */
  Duration seconds(String key, Seconds.Range range, Duration fallback) {
    return mapping
        .get(key)
        .map(node -> Seconds.parse(node, pathOf(key), range, problems))
        .orElse(fallback);
  }

  /** Records a problem about this section as a whole, at the key that names it. */
  void reportHere(String problem, String valid) {
    problems.add(at, path, problem, valid);
  }

  /** Records a problem about {@code key} of this section. */
  void report(SourceLocation place, String key, String problem, String valid) {
    problems.add(place, pathOf(key), problem, valid);
  }

  private Optional<String> text(YamlEntry entry, String valid) {
    return Shape.text(entry.value(), pathOf(entry.key()), valid, problems);
  }
}
