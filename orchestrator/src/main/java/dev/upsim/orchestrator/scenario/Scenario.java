package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.program.Program;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed scenario file: which configuration to load, the project and environments to run it in,
 * what each workload's program does, and the steps to play with their expectations. Defaults are
 * already applied; paths are resolved against the scenario file's folder.
 *
 * @param file the scenario file as it was named
 * @param description the teaching text, or an empty string
 * @param config the configuration: a YAML file, a {@code .upsun} folder or a project root
 * @param environments environment name to type ({@code production}, {@code staging}, {@code
 *     development}), in the order written; the first is where steps act by default
 * @param settings upsim settings for this run, named without the {@code upsim.} prefix
 * @param start the virtual clock's first instant
 * @param expectConfigError present when the configuration must be rejected for the run to pass
 * @param programs what each workload does when it runs
 * @param programSources where each program starts in the file
 */
public record Scenario(
    Path file,
    String name,
    String description,
    Path config,
    String project,
    Map<String, String> environments,
    long seed,
    List<Setting> settings,
    Instant start,
    Optional<ExpectedConfigError> expectConfigError,
    Map<WorkloadId, Program> programs,
    Map<WorkloadId, SourceLocation> programSources,
    List<Step> steps) {

  /** The project id used when a scenario names none. */
  public static final String DEFAULT_PROJECT = "project";

  /** The clock's first instant when a scenario names none. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  public Scenario {
    environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
    settings = List.copyOf(settings);
    programs = Collections.unmodifiableMap(new LinkedHashMap<>(programs));
    programSources = Collections.unmodifiableMap(new LinkedHashMap<>(programSources));
    steps = List.copyOf(steps);
  }

  /** The environment steps act in when they name none: the first one written. */
  public String firstEnvironment() {
    return environments.keySet().iterator().next();
  }

  /** The same scenario with another seed, as {@code upsim run --seed} asks. */
  public Scenario withSeed(long otherSeed) {
    return new Scenario(
        file,
        name,
        description,
        config,
        project,
        environments,
        otherSeed,
        settings,
        start,
        expectConfigError,
        programs,
        programSources,
        steps);
  }
}
