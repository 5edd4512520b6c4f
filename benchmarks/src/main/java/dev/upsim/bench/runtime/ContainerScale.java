package dev.upsim.bench.runtime;

import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.bench.CpuClock;
import dev.upsim.bench.HeapMeter;
import dev.upsim.orchestrator.simulation.Simulation;
import dev.upsim.orchestrator.simulation.SimulationSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runtime's containers at scale: N containers over N/M environments of one simulation, each
 * container asked once for a token, through the {@code Simulation} facade.
 *
 * <p>Usage: {@code ContainerScale <containers> [per-environment=100] [passes=2] [histogram]}. An
 * environment holds M/10 applications with 9 workers each, so that every container (web or worker)
 * has its own proxy. Spawning is timed from the start of the simulation until every environment has
 * deployed; tokens are asked one environment at a time, all of its containers in one batch call of
 * the facade ({@code Simulation.requestTokens}). The heap is measured after full collections before
 * the start and after the tokens, with every container alive and idle.
 */
public final class ContainerScale {

  private static final int WORKERS_PER_APP = 9;

  private ContainerScale() {}

  /** Runs the passes and prints one line of figures for each. */
  public static void main(String[] args) {
    int containers = Integer.parseInt(args[0]);
    int perEnvironment = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    boolean histogram = args.length > 3 && args[3].equals("histogram");
    int apps = perEnvironment / (WORKERS_PER_APP + 1);
    if (containers % perEnvironment != 0 || perEnvironment % (WORKERS_PER_APP + 1) != 0) {
      throw new IllegalArgumentException("use multiples of 10 containers per environment");
    }
    Map<String, String> environments = new LinkedHashMap<>();
    for (int env = 0; env < containers / perEnvironment; env++) {
      environments.put("env-" + env, "development");
    }
    SimulationSpec spec =
        SimulationSpec.of(ScaleProjects.fleet(apps, WORKERS_PER_APP))
            .withEnvironments(environments);
    List<String> names = ScaleProjects.fleetContainers(apps, WORKERS_PER_APP);
    for (int pass = 1; pass <= passes; pass++) {
      System.out.println(run(spec, names, pass, containers, histogram && pass == passes));
    }
  }

  private static String run(
      SimulationSpec spec, List<String> names, int pass, int containers, boolean histogram) {
    long before = HeapMeter.usedAfterFullGc();
    long start = System.nanoTime();
    long cpuStart = CpuClock.processNanos();
    try (Simulation simulation = Simulation.start(spec)) {
      long spawned = System.nanoTime();
      long cpuSpawned = CpuClock.processNanos();
      int issued = askEveryContainer(simulation, names);
      long done = System.nanoTime();
      long cpuDone = CpuClock.processNanos();

      long heap = HeapMeter.usedAfterFullGc() - before;
      String figures =
          String.format(
              Locale.ROOT,
              "containers pass=%d containers=%d environments=%d tokens=%d"
                  + " spawn=%.2fs (cpu %.2fs) tokens=%.2fs (cpu %.2fs) total=%.2fs"
                  + " heap=%.1fMB perContainer=%dB",
              pass,
              containers,
              spec.environments().size(),
              issued,
              (spawned - start) / 1e9,
              (cpuSpawned - cpuStart) / 1e9,
              (done - spawned) / 1e9,
              (cpuDone - cpuSpawned) / 1e9,
              (done - start) / 1e9,
              heap / 1e6,
              heap / containers);
      return histogram ? figures + "\n" + HeapMeter.classHistogram(30) : figures;
    }
  }

  private static int askEveryContainer(Simulation simulation, List<String> names) {
    int issued = 0;
    for (String environment : simulation.environments()) {
      for (AuthProxy.TokenReply reply : simulation.requestTokens(environment, names, null)) {
        // Reading the text signs it, as a client would: the proxy leaves signing to the reader.
        if (reply instanceof AuthProxy.TokenIssued token && !token.accessToken().isEmpty()) {
          issued++;
        }
      }
    }
    return issued;
  }
}
