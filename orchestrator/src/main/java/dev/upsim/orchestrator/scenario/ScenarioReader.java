package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.config.Problems;
import dev.upsim.workloads.config.Suggestions;
import dev.upsim.workloads.program.Program;
import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the top level of one scenario file; one reader per file, used once. */
final class ScenarioReader {

  private static final List<String> KEYS =
      List.of(
          "name",
          "description",
          "config",
          "project",
          "environments",
          "seed",
          "settings",
          "start",
          "expect-config-error",
          "programs",
          "steps");
  private static final List<String> ENVIRONMENT_TYPES =
      List.of("production", "staging", "development");
  private static final Map<String, String> DEFAULT_ENVIRONMENTS = Map.of("main", "production");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}"
              + "(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})");
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final String NAME_FORM =
      "lowercase letters, digits and hyphens, starting with a letter or digit";
  private static final String CONFIG_FORM =
      "a YAML file, a .upsun folder or a project root, relative to the scenario file";
  private static final String DATE_TIME_FORM =
      "an ISO-8601 instant with a zone, for example 2026-01-05T00:00:00Z";

  private final Path file;
  private final Path folder;
  private final Set<String> knownSettings;
  private final Problems out = new Problems();
  private final TokenNames tokens = new TokenNames();
  private final ActionReader actions = new ActionReader(tokens);

  ScenarioReader(Path file, Path folder, Set<String> knownSettings) {
    this.file = file;
    this.folder = folder;
    this.knownSettings = knownSettings;
  }

  /** The scenario in {@code root}, or every problem found in it. */
  ParseResult read(YamlMapping root) {
    Fields top = new Fields(root, "", out);
    top.allowOnly(KEYS, "a scenario");
    Scenario scenario = scenario(top);
    tokens.checkUses(out);
    return out.isEmpty()
        ? new ParseResult.Parsed(scenario)
        : new ParseResult.Rejected(out.sorted());
  }

  /**
   * Every part of the scenario; when a part is invalid a problem is recorded and a default used.
   */
  private Scenario scenario(Fields top) {
    Map<String, String> environments = environments(top);
    ProgramReader programReader = new ProgramReader(actions, out);
    return new Scenario(
        file,
        top.requiredText("name", "what the scenario shows, in one line").orElse(""),
        top.text("description", "a few lines of text").orElse(""),
        top.requiredText("config", CONFIG_FORM)
            .map(path -> folder.resolve(path).normalize())
            .orElse(null),
        top.nonEmptyText("project", NAME_FORM)
            .filter(project -> validName(top, "project", project))
            .orElse(Scenario.DEFAULT_PROJECT),
        environments,
        top.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, "an integer").orElse(0L),
        top.mapping("settings", "a mapping of setting: value")
            .map(this::settings)
            .orElse(List.of()),
        top.value("start").flatMap(this::start).orElse(Scenario.DEFAULT_START),
        top.mapping("expect-config-error", "a mapping with line, column and contains")
            .flatMap(this::expectedError),
        programs(top, programReader),
        programReader.sources(),
        steps(top, stepEnvironments(top, environments)));
  }

  private Map<WorkloadId, Program> programs(Fields top, ProgramReader reader) {
    return top.value("programs")
        .flatMap(node -> Values.mapping(node, "programs", "a mapping of workload: [actions]", out))
        .map(reader::readAll)
        .orElse(Map.of());
  }

  private Map<String, String> environments(Fields top) {
    Optional<Fields> written = top.mapping("environments", "a mapping of name: type");
    if (written.isEmpty() || written.get().keys().isEmpty()) {
      written.ifPresent(ScenarioReader::noEnvironment);
      return DEFAULT_ENVIRONMENTS;
    }
    Map<String, String> types = new LinkedHashMap<>();
    for (String name : written.get().keys()) {
      if (validName(written.get(), name, name)) {
        environmentType(written.get(), name).ifPresent(type -> types.put(name, type));
      }
    }
    return types;
  }

  /**
   * Whether {@code name}, written under {@code key}, is a valid project or environment name; the
   * schema takes any text, but tokens and API paths carry these names, so upsim needs them plain.
   */
  private static boolean validName(Fields fields, String key, String name) {
    if (NAME.matcher(name).matches()) {
      return true;
    }
    SourceLocation at = key.equals(name) ? fields.keyAt(key) : fields.value(key).orElseThrow().at();
    fields.report(at, key, "'" + name + "' is not a valid name", NAME_FORM);
    return false;
  }

  private static void noEnvironment(Fields environments) {
    String valid = "at least one, for example main: production";
    environments.report(environments.at(), "", "no environment is named", valid);
  }

  private Optional<String> environmentType(Fields environments, String name) {
    String valid = "one of: " + String.join(", ", ENVIRONMENT_TYPES);
    YamlNode node = environments.value(name).orElseThrow();
    Optional<String> type = Values.text(node, environments.pathOf(name), valid, out);
    if (type.isPresent() && !ENVIRONMENT_TYPES.contains(type.get())) {
      String hint = Suggestions.didYouMean(type.get(), ENVIRONMENT_TYPES);
      environments.report(
          node.at(), name, "unknown environment type '" + type.get() + "'" + hint, valid);
      return Optional.empty();
    }
    return type;
  }

  /** The environment names steps may use: every name written, even one with a bad type. */
  private static List<String> stepEnvironments(Fields top, Map<String, String> environments) {
    List<String> written =
        top.value("environments")
            .filter(YamlMapping.class::isInstance)
            .map(node -> ((YamlMapping) node).keys())
            .orElse(List.of());
    return written.isEmpty() ? List.copyOf(environments.keySet()) : written;
  }

  private List<Setting> settings(Fields settings) {
    String valid = "text, a number or a boolean";
    List<Setting> read = new ArrayList<>();
    for (String name : settings.keys()) {
      YamlNode node = settings.value(name).orElseThrow();
      if (!knownSettings.contains(name)) {
        unknownSetting(settings, name);
        continue;
      }
      Values.plainValue(node, settings.pathOf(name), valid, out)
          .ifPresent(value -> read.add(new Setting(name, value, node.at())));
    }
    return read;
  }

  private void unknownSetting(Fields settings, String name) {
    settings.report(
        settings.keyAt(name),
        name,
        "unknown setting '" + name + "'" + Suggestions.didYouMean(name, knownSettings),
        "one of: " + String.join(", ", knownSettings));
  }

  private Optional<Instant> start(YamlNode node) {
    Optional<String> text = Values.text(node, "start", DATE_TIME_FORM, out);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (DATE_TIME.matcher(text.get()).matches()) {
        return Optional.of(OffsetDateTime.parse(text.get().toUpperCase(Locale.ROOT)).toInstant());
      }
    } catch (DateTimeParseException notADate) {
      // falls through to the same message as any other text that is not an instant
    }
    out.add(node.at(), "start", "'" + text.get() + "' is not an instant", DATE_TIME_FORM);
    return Optional.empty();
  }

  private Optional<ExpectedConfigError> expectedError(Fields expected) {
    expected.allowOnly(List.of("line", "column", "contains"), "expect-config-error");
    Optional<Long> line = expected.integer("line", 1, Integer.MAX_VALUE, "a line number from 1");
    Optional<Long> column =
        expected.integer("column", 1, Integer.MAX_VALUE, "a column number from 1");
    Optional<String> contains =
        expected.requiredText("contains", "text the error message contains");
    return contains.map(
        text ->
            new ExpectedConfigError(
                line.map(Math::toIntExact).orElse(null),
                column.map(Math::toIntExact).orElse(null),
                text));
  }

  private List<Step> steps(Fields top, List<String> environments) {
    StepReader reader = new StepReader(environments, folder, actions, out);
    return top.value("steps")
        .flatMap(node -> Values.list(node, "steps", "a list of steps", out))
        .map(reader::readAll)
        .orElse(List.of());
  }
}
