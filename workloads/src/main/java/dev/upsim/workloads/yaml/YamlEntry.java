package dev.upsim.workloads.yaml;

import dev.upsim.auth.SourceLocation;

/** One key of a mapping with its value; the value knows its own place. */
public record YamlEntry(String key, SourceLocation keyAt, YamlNode value) {}
