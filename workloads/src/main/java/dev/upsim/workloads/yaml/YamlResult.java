package dev.upsim.workloads.yaml;

import dev.upsim.workloads.config.ConfigError;
import java.util.List;

/** What reading a YAML file gave: its top-level mapping, or the problems that prevented it. */
public sealed interface YamlResult permits YamlResult.Parsed, YamlResult.Failed {

  /** The file was well-formed, within the limits, and its top level is a mapping. */
  record Parsed(YamlMapping root) implements YamlResult {}

  /** The file could not be used; every problem found, in file order. */
  record Failed(List<ConfigError> errors) implements YamlResult {

    public Failed {
      errors = List.copyOf(errors);
    }
  }
}
