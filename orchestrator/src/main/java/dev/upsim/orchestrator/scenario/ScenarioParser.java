package dev.upsim.orchestrator.scenario;

import dev.upsim.workloads.yaml.LocatedYaml;
import dev.upsim.workloads.yaml.YamlResult;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads scenario files. The answer is a {@link ParseResult}: the {@link Scenario}, or every problem
 * in the file at once, each with its file, line, column and key path ({@code
 * steps[3].expect.reason}), what is wrong and what would be valid. Nothing is thrown for bad input.
 *
 * <p>What is accepted is what the scenario JSON Schema ({@code scenarios/schema}) accepts, with
 * YAML values typed as a YAML 1.1 reader types them, plus the checks a schema cannot make: a
 * setting must be one upsim knows, {@code in} and {@code deploy} must name an environment of the
 * scenario, expected grants must be grants the platform knows, and a call's saved token must be
 * saved somewhere. Whether {@code as} names a workload of the configuration is checked once the
 * configuration is loaded, by {@link ScenarioChecks}.
 */
public final class ScenarioParser {

  private final Set<String> knownSettings;

  /** A parser that accepts the settings named in {@code knownSettings} (without {@code upsim.}). */
  public ScenarioParser(Collection<String> knownSettings) {
    this.knownSettings = new TreeSet<>(knownSettings);
  }

  /** A parser that accepts every upsim setting of the reference configuration on the class path. */
  public static ScenarioParser withReferenceSettings() {
    return new ScenarioParser(KnownSettings.fromReference());
  }

  /** The setting names this parser accepts, sorted. */
  public Set<String> knownSettings() {
    return Set.copyOf(knownSettings);
  }

  /** Reads the scenario file {@code file}; relative paths in it are resolved from its folder. */
  public ParseResult parse(Path file) {
    return read(LocatedYaml.read(file, file.toString()), file, folderOf(file));
  }

  /**
   * Reads scenario text that came from {@code file} (named so in errors); relative paths in it are
   * resolved from the file's folder.
   */
  public ParseResult parse(String text, Path file) {
    return read(LocatedYaml.parse(text, file.toString()), file, folderOf(file));
  }

  private ParseResult read(YamlResult yaml, Path file, Path folder) {
    if (yaml instanceof YamlResult.Failed) {
      return new ParseResult.Rejected(((YamlResult.Failed) yaml).errors());
    }
    YamlResult.Parsed parsed = (YamlResult.Parsed) yaml;
    return new ScenarioReader(file, folder, knownSettings).read(parsed.root());
  }

  /** The file's folder as the file's path names it, so resolved paths read as the user wrote. */
  private static Path folderOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }
}
