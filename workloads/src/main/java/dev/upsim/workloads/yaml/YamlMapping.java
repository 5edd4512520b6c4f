package dev.upsim.workloads.yaml;

import dev.upsim.auth.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping with its keys in the order they were written. Keys are unique: a duplicate is an
 * error when the file is read.
 */
public record YamlMapping(List<YamlEntry> entries, SourceLocation at) implements YamlNode {

  public YamlMapping {
    entries = List.copyOf(entries);
  }

  /** The entry for {@code key}, if the mapping has one. */
  public Optional<YamlEntry> entry(String key) {
    return entries.stream().filter(entry -> entry.key().equals(key)).findFirst();
  }

  /** The value of {@code key}, if the mapping has that key. */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(YamlEntry::value);
  }

  /** The keys in the order they were written. */
  public List<String> keys() {
    return entries.stream().map(YamlEntry::key).toList();
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
