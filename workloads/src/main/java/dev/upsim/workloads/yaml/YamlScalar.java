package dev.upsim.workloads.yaml;

import dev.upsim.auth.SourceLocation;

/**
 * A scalar value as written, without type resolution: {@code 3}, {@code "3"} and {@code true} all
 * keep their text, and {@code quoted} tells them apart.
 *
 * @param quoted true when the value was written in single or double quotes or as a block scalar
 *     ({@code |} or {@code >}): like quotes, those make it text whatever it looks like
 */
public record YamlScalar(String text, boolean quoted, SourceLocation at) implements YamlNode {

  @Override
  public String describe() {
    return quoted ? "the text \"" + text + "\"" : "the value '" + text + "'";
  }
}
