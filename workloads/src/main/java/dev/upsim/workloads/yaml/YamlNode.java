package dev.upsim.workloads.yaml;

import dev.upsim.auth.SourceLocation;

/** One node of a YAML tree: a mapping, a list, a scalar or an empty value, with its place. */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar, YamlNull {

  /** Where the node starts in its file. */
  SourceLocation at();

  /** The node in words for error messages: "a mapping", "a list", "the value 'x'", ... */
  String describe();
}
