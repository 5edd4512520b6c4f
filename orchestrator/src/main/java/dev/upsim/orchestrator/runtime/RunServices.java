package dev.upsim.orchestrator.runtime;

import com.typesafe.config.Config;
import dev.upsim.auth.GrantSet;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.proxy.ProxySettings;
import dev.upsim.auth.token.TokenSettings;
import dev.upsim.orchestrator.time.VirtualClock;
import dev.upsim.orchestrator.time.WakeUps;
import dev.upsim.orchestrator.trace.Trace;
import dev.upsim.workloads.program.Program;
import java.time.Instant;
import java.util.Map;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.Props;

/**
 * The services every actor of one simulation shares, handed down at spawn.
 *
 * <p>The trace, the wake-up queue, the work tracker and the saved tokens are mutable, yet shared:
 * they are the simulation's recorders, not actor state. All simulation actors run on one thread and
 * the runner touches them only while that thread is idle, so sharing them costs no order. The grant
 * sets and names only grow, by values that never change, so sharing them changes no outcome either.
 *
 * @param project the project's id
 * @param seed the seed of every random choice of the run
 * @param grantSets one set per distinct content of grants, which proxies and tokens share
 * @param names one string per distinct name of a long-lived container, its proxy and its actor,
 *     which every environment's copy of the workload shares
 * @param programs what each workload does when it runs, by workload id
 */
public record RunServices(
    String project,
    long seed,
    RuntimeSettings settings,
    ProxySettings proxySettings,
    TokenSettings tokenSettings,
    VirtualClock clock,
    WakeUps wakeUps,
    Trace trace,
    WorkTracker work,
    SavedTokens savedTokens,
    Interner<GrantSet> grantSets,
    Interner<String> names,
    Map<WorkloadId, Program> programs) {

  /** The configuration path of the simulation dispatcher. */
  public static final String DISPATCHER = "upsim.simulation-dispatcher";

  public RunServices {
    programs = Map.copyOf(programs);
  }

  /** New services with settings read from {@code config} and a clock at {@code start}. */
  public static RunServices fresh(
      String project, long seed, Config config, Instant start, Map<WorkloadId, Program> programs) {
    VirtualClock clock = new VirtualClock(start);
    return new RunServices(
        project,
        seed,
        RuntimeSettings.from(config),
        ProxySettings.from(config),
        TokenSettings.from(config),
        clock,
        new WakeUps(clock),
        new Trace(clock),
        new WorkTracker(),
        new SavedTokens(),
        new Interner<>(),
        new Interner<>(),
        programs);
  }

  /** Props that put an actor on the simulation dispatcher; every simulation actor uses them. */
  public static Props onSimulationThread() {
    return DispatcherSelector.fromConfig(DISPATCHER);
  }

  /** The program of {@code workload}, or the empty program when it has none. */
  public Program programOf(WorkloadId workload) {
    return programs.getOrDefault(workload, Program.EMPTY);
  }

  /** Whether {@code workload} has a program (a worker without one idles). */
  public boolean hasProgram(WorkloadId workload) {
    return programs.containsKey(workload);
  }
}
