package dev.upsim.workloads.yaml;

import dev.upsim.auth.SourceLocation;
import java.util.List;

/** A YAML list, its items in order. */
public record YamlSequence(List<YamlNode> items, SourceLocation at) implements YamlNode {

  public YamlSequence {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
