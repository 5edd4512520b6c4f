package dev.upsim.orchestrator.http;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.token.Signing;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Program;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code upsim serve} starts from.
 *
 * @param config the configuration every environment deploys
 * @param environments environment names to types, in order
 * @param seed the seed of the simulation's random choices and of its signing keys
 * @param signing how tokens are signed; {@link Signing#ED25519} also publishes the public keys
 * @param apiPort the environment API's port, 0 for any free one, or null for the setting's
 * @param proxyPort every proxy's port, 0 for a free one each, or null for the setting's
 * @param programs what task runs (and other workloads) do, by workload; empty: runs end at once
 * @param settings overrides of the {@code upsim} settings (and of any other), over the modules'
 *     reference.conf
 */
public record ServeOptions(
    ProjectConfig config,
    String project,
    Map<String, String> environments,
    long seed,
    Signing signing,
    ClockMode clock,
    Integer apiPort,
    Integer proxyPort,
    Map<WorkloadId, Program> programs,
    Config settings) {

  public ServeOptions {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(signing, "signing");
    Objects.requireNonNull(clock, "clock");
    environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
    programs = Map.copyOf(programs);
    Objects.requireNonNull(settings, "settings");
  }

  /** Serving {@code config} as project {@code project}, environment main (production). */
  public static ServeOptions of(ProjectConfig config) {
    return new ServeOptions(
        config,
        "project",
        Map.of("main", "production"),
        0,
        Signing.HS256,
        ClockMode.WALL,
        null,
        null,
        Map.of(),
        ConfigFactory.empty());
  }

  /** These options with project id {@code id}. */
  public ServeOptions withProject(String id) {
    return new ServeOptions(
        config, id, environments, seed, signing, clock, apiPort, proxyPort, programs, settings);
  }

  /** These options with other environments, names to types, in the order given. */
  public ServeOptions withEnvironments(Map<String, String> named) {
    return new ServeOptions(
        config, project, named, seed, signing, clock, apiPort, proxyPort, programs, settings);
  }

  /** These options with another seed. */
  public ServeOptions withSeed(long other) {
    return new ServeOptions(
        config,
        project,
        environments,
        other,
        signing,
        clock,
        apiPort,
        proxyPort,
        programs,
        settings);
  }

  /** These options with tokens signed by {@code other}. */
  public ServeOptions withSigning(Signing other) {
    return new ServeOptions(
        config, project, environments, seed, other, clock, apiPort, proxyPort, programs, settings);
  }

  /** These options with the clock moving as {@code mode} says. */
  public ServeOptions withClock(ClockMode mode) {
    return new ServeOptions(
        config, project, environments, seed, signing, mode, apiPort, proxyPort, programs, settings);
  }

  /** These options with the API on {@code api} and the proxies on {@code proxy} (0: any free). */
  public ServeOptions withPorts(Integer api, Integer proxy) {
    return new ServeOptions(
        config, project, environments, seed, signing, clock, api, proxy, programs, settings);
  }

  /**
   * These options with settings overridden by {@code hocon}, such as {@code proxy.max-ttl=120s}.
   */
  public ServeOptions withSettings(String hocon) {
    Config more = ConfigFactory.parseString(hocon).atPath("upsim").withFallback(settings);
    return new ServeOptions(
        config, project, environments, seed, signing, clock, apiPort, proxyPort, programs, more);
  }

  /** These options with the settings {@code named} (without {@code upsim.}) set to the values. */
  public ServeOptions withSettings(Map<String, String> named) {
    Map<String, String> paths = new LinkedHashMap<>();
    named.forEach((name, value) -> paths.put("upsim." + name, value));
    Config more = ConfigFactory.parseMap(paths).withFallback(settings);
    return new ServeOptions(
        config, project, environments, seed, signing, clock, apiPort, proxyPort, programs, more);
  }

  /** These options with {@code byWorkload} as what workloads do. */
  public ServeOptions withPrograms(Map<WorkloadId, Program> byWorkload) {
    return new ServeOptions(
        config,
        project,
        environments,
        seed,
        signing,
        clock,
        apiPort,
        proxyPort,
        byWorkload,
        settings);
  }
}
