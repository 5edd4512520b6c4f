package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;

/**
 * One upsim setting a scenario overrides.
 *
 * @param name the setting's name without the {@code upsim.} prefix, for example {@code
 *     chain.max-depth}
 * @param value the value as text: booleans as {@code true} or {@code false}, integers in decimal,
 *     anything else as written (the settings reader parses numbers and durations from text)
 * @param at where the setting is written, for errors about its value
 */
public record Setting(String name, String value, SourceLocation at) {

  /** The setting's full path in the configuration, for example {@code upsim.chain.max-depth}. */
  public String path() {
    return "upsim." + name;
  }
}
