package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.config.KeyPath;
import dev.upsim.workloads.config.Problems;
import dev.upsim.workloads.config.Suggestions;
import dev.upsim.workloads.yaml.YamlEntry;
import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mapping of a scenario file with its key path, read key by key. Each accessor reports what is
 * wrong (a required key missing, a value of the wrong shape) and answers empty, so a reader states
 * what a part holds in a few lines and still collects every problem.
 */
final class Fields {

  private final YamlMapping mapping;
  private final String path;
  private final Problems out;

  Fields(YamlMapping mapping, String path, Problems out) {
    this.mapping = mapping;
    this.path = path;
    this.out = out;
  }

  /** Where the mapping starts. */
  SourceLocation at() {
    return mapping.at();
  }

  /** The key path of this mapping. */
  String path() {
    return path;
  }

  /** The key path of {@code key} inside this mapping. */
  String pathOf(String key) {
    return KeyPath.child(path, key);
  }

  /** The problems this reader reports to. */
  Problems problems() {
    return out;
  }

  /** Whether the mapping has {@code key}. */
  boolean has(String key) {
    return mapping.entry(key).isPresent();
  }

  /** The keys in the order written. */
  List<String> keys() {
    return mapping.keys();
  }

  /** Where {@code key} is written, or where the mapping starts when it is not there. */
  SourceLocation keyAt(String key) {
    return mapping.entry(key).map(YamlEntry::keyAt).orElse(at());
  }

  /** The value of {@code key}, when the key is there. */
  Optional<YamlNode> value(String key) {
    return mapping.get(key);
  }

  /** Reports each key outside {@code allowed}, naming the allowed keys of {@code what}. */
  void allowOnly(List<String> allowed, String what) {
    allowOnly(allowed, what, Map.of());
  }

  /**
   * Reports each key outside {@code allowed}; a key found in {@code misplaced} gets the message
   * given there, which says where it belongs, instead of a plain "unknown key".
   *
   * @return whether any key was reported
   */
  boolean allowOnly(List<String> allowed, String what, Map<String, String> misplaced) {
    boolean reported = false;
    for (YamlEntry entry : mapping.entries()) {
      if (!allowed.contains(entry.key())) {
        String problem =
            misplaced.getOrDefault(
                entry.key(),
                "unknown key '" + entry.key() + "'" + Suggestions.didYouMean(entry.key(), allowed));
        out.add(
            entry.keyAt(),
            pathOf(entry.key()),
            problem,
            what + " takes: " + String.join(", ", allowed));
        reported = true;
      }
    }
    return reported;
  }

  /** The value of the required {@code key}; a missing key is reported where the mapping starts. */
  Optional<YamlNode> required(String key, String valid) {
    Optional<YamlNode> value = mapping.get(key);
    if (value.isEmpty()) {
      out.add(at(), path, "missing required key '" + key + "'", key + ": " + valid);
    }
    return value;
  }

  /** The non-empty text under the required {@code key}. */
  Optional<String> requiredText(String key, String valid) {
    return required(key, valid).flatMap(node -> Values.nonEmptyText(node, pathOf(key), valid, out));
  }

  /** The text under {@code key}, when present. */
  Optional<String> text(String key, String valid) {
    return value(key).flatMap(node -> Values.text(node, pathOf(key), valid, out));
  }

  /** The non-empty text under {@code key}, when present. */
  Optional<String> nonEmptyText(String key, String valid) {
    return value(key).flatMap(node -> Values.nonEmptyText(node, pathOf(key), valid, out));
  }

  /** The integer under {@code key} from {@code min} to {@code max}, when present. */
  Optional<Long> integer(String key, long min, long max, String valid) {
    return value(key).flatMap(node -> Values.integer(node, pathOf(key), min, max, valid, out));
  }

  /** The boolean under {@code key}, when present. */
  Optional<Boolean> bool(String key, String valid) {
    return value(key).flatMap(node -> Values.bool(node, pathOf(key), valid, out));
  }

  /** The duration under {@code key}, when present. */
  Optional<Duration> duration(String key) {
    return value(key).flatMap(node -> Values.duration(node, pathOf(key), out));
  }

  /** The mapping under {@code key} as fields of their own, when present. */
  Optional<Fields> mapping(String key, String valid) {
    return value(key)
        .flatMap(node -> Values.mapping(node, pathOf(key), valid, out))
        .map(inner -> new Fields(inner, pathOf(key), out));
  }

  /** Records a problem about {@code key} of this mapping, at {@code place}. */
  void report(SourceLocation place, String key, String problem, String valid) {
    out.add(place, key.isEmpty() ? path : pathOf(key), problem, valid);
  }
}
