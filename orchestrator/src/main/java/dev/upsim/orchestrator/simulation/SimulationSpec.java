package dev.upsim.orchestrator.simulation;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Program;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything a simulation starts from.
 *
 * @param config the configuration every environment deploys first
 * @param project the project's id, which tokens and paths carry
 * @param environments environment names to types ({@code production}, {@code staging}, {@code
 *     development}), in order
 * @param seed the seed of every random choice: activity ids, cron offsets, signing keys
 * @param settings overrides of the {@code upsim} settings; the modules' reference.conf fills the
 *     rest
 * @param start the virtual clock's first instant
 * @param programs what each workload does when it runs, by workload id
 */
public record SimulationSpec(
    ProjectConfig config,
    String project,
    Map<String, String> environments,
    long seed,
    Config settings,
    Instant start,
    Map<WorkloadId, Program> programs) {

  /** The start of the clock when none is given. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private static final List<String> TYPES = List.of("production", "staging", "development");
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  public SimulationSpec {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(start, "start");
    requireName("project", project);
    if (environments.isEmpty()) {
      throw new IllegalArgumentException("a simulation needs at least one environment");
    }
    environments.forEach(SimulationSpec::requireEnvironment);
    environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
    programs = Map.copyOf(programs);
  }

  /** A spec of {@code config} in project {@code project} with environment main (production). */
  public static SimulationSpec of(ProjectConfig config) {
    return new SimulationSpec(
        config,
        "project",
        Map.of("main", "production"),
        0,
        ConfigFactory.empty(),
        DEFAULT_START,
        Map.of());
  }

  /** This spec with another project id. */
  public SimulationSpec withProject(String id) {
    return new SimulationSpec(config, id, environments, seed, settings, start, programs);
  }

  /** This spec with other environments, names to types, in the order given. */
  public SimulationSpec withEnvironments(Map<String, String> named) {
    return new SimulationSpec(config, project, named, seed, settings, start, programs);
  }

  /** This spec with another seed. */
  public SimulationSpec withSeed(long other) {
    return new SimulationSpec(config, project, environments, other, settings, start, programs);
  }

  /** This spec with settings overridden by {@code hocon}, for example {@code chain.max-depth=4}. */
  public SimulationSpec withSettings(String hocon) {
    Config more = ConfigFactory.parseString(hocon).atPath("upsim").withFallback(settings);
    return new SimulationSpec(config, project, environments, seed, more, start, programs);
  }

  /** This spec with the clock starting at {@code instant}. */
  public SimulationSpec withStart(Instant instant) {
    return new SimulationSpec(config, project, environments, seed, settings, instant, programs);
  }

  /** This spec with {@code byWorkload} as the programs. */
  public SimulationSpec withPrograms(Map<WorkloadId, Program> byWorkload) {
    return new SimulationSpec(config, project, environments, seed, settings, start, byWorkload);
  }

  private static void requireEnvironment(String name, String type) {
    requireName("environment", name);
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "environment " + name + " has type " + type + "; valid types are " + TYPES);
    }
  }

  private static void requireName(String what, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "the "
              + what
              + " name '"
              + name
              + "' is not valid: use lowercase letters, digits and"
              + " hyphens, starting with a letter or digit");
    }
  }
}
