package dev.upsim.workloads.yaml;

import dev.upsim.auth.SourceLocation;

/**
 * An empty value: nothing after the colon, or a plain {@code ~}, {@code null}, {@code Null} or
 * {@code NULL}. A quoted {@code "null"} is a {@link YamlScalar}.
 */
public record YamlNull(SourceLocation at) implements YamlNode {

  @Override
  public String describe() {
    return "an empty value";
  }
}
