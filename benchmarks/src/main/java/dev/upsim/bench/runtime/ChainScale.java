package dev.upsim.bench.runtime;

import dev.upsim.auth.WorkloadId;
import dev.upsim.bench.CpuClock;
import dev.upsim.bench.HeapMeter;
import dev.upsim.orchestrator.simulation.SettleResult;
import dev.upsim.orchestrator.simulation.Simulation;
import dev.upsim.orchestrator.simulation.SimulationSpec;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.ActionOutcome;
import java.util.Locale;

/**
 * Task chains at scale, through the {@code Simulation} facade.
 *
 * <p>Usage: {@code ChainScale <chains> <length> [passes=2]}. With one chain, application starter
 * triggers {@code step-0}, and each step triggers the next until {@code step-(length-1)}. With
 * more, task {@code kickoff} triggers {@code step-0} that many times in a row, so the chains run
 * side by side (the run cap is lifted for it). Each pass is a fresh simulation; the first is cold.
 * Prints wall and CPU time from the first trigger until the simulation has settled, and the live
 * heap the settled simulation holds (its trace and finished activities) per run.
 */
public final class ChainScale {

  private ChainScale() {}

  /** Runs the passes and prints one line of figures for each. */
  public static void main(String[] args) {
    int chains = Integer.parseInt(args[0]);
    int length = Integer.parseInt(args[1]);
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    SimulationSpec spec =
        SimulationSpec.of(ScaleProjects.chains(length))
            .withPrograms(ScaleProjects.chainPrograms(length, 0, chains))
            .withSettings(
                "chain.max-depth = " + (length + 1) + "\ntasks.max-concurrent-runs = " + chains);
    for (int pass = 1; pass <= passes; pass++) {
      System.out.println(run(spec, pass, chains, length));
    }
  }

  private static String run(SimulationSpec spec, int pass, int chains, int length) {
    long before = HeapMeter.usedAfterFullGc();
    try (Simulation simulation = Simulation.start(spec)) {
      long start = System.nanoTime();
      long cpuStart = CpuClock.processNanos();
      String first = chains == 1 ? ScaleProjects.step(0) : "kickoff";
      ActionOutcome outcome =
          simulation.perform("main", WorkloadId.app("starter"), ScaleProjects.trigger(first));
      SettleResult settled = simulation.settle();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (CpuClock.processNanos() - cpuStart) / 1e9;

      int runs = simulation.activities("main").size();
      long missed =
          simulation.trace().stream()
              .filter(event -> event.kind() == TraceKind.EXPECTATION_FAILED)
              .count();
      long heap = HeapMeter.usedAfterFullGc() - before;
      return String.format(
          Locale.ROOT,
          "chains pass=%d chains=%d length=%d trigger=%s settled=%s runs=%d missed=%d"
              + " time=%.2fs cpu=%.2fs perHop=%.0fus heapAfter=%.1fMB perRun=%dB",
          pass,
          chains,
          length,
          outcome.status(),
          settled.settled(),
          runs,
          missed,
          seconds,
          cpu,
          seconds * 1e6 / ((long) chains * length),
          heap / 1e6,
          heap / runs);
    }
  }
}
