package dev.upsim.bench.runtime;

import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.simulation.SettleResult;
import dev.upsim.orchestrator.simulation.Simulation;
import dev.upsim.orchestrator.simulation.SimulationSpec;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Tokens and chains through the runtime's actors, driven through the {@code Simulation} facade.
 *
 * <ul>
 *   <li>{@link #apiOneAtATime}: the application asks its proxy for a token and calls the
 *       PlatformApi actor with it, one facade call per operation (a blocking round trip that also
 *       waits for the simulation to go quiet);
 *   <li>{@link #apiInTaskProgram}: a task whose program makes {@value #CALLS} such calls, each with
 *       a fresh token, all on the simulation thread without a round trip to the caller;
 *   <li>{@link #chainHop}: a chain of {@value #CHAIN} tasks, each triggering the next; one
 *       operation is one hop (token, run call checked by the API, task container spawned with its
 *       own proxy, its program run, container stopped).
 * </ul>
 *
 * A fresh simulation per iteration keeps the trace and the activity list from growing without end;
 * at the end of each iteration no step may have missed its expectation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class RuntimeBenchmark {

  /** Calls made by one run of task {@code batch}. */
  public static final int CALLS = 1000;

  /** Tasks in the chain. */
  public static final int CHAIN = 100;

  private static final WorkloadId STARTER = WorkloadId.app("starter");

  private Simulation simulation;

  /** Starts a simulation of the benchmark project, environment main. */
  @Setup(Level.Iteration)
  public void start() {
    SimulationSpec spec =
        SimulationSpec.of(ScaleProjects.chains(CHAIN))
            .withPrograms(ScaleProjects.chainPrograms(CHAIN, CALLS, 1))
            .withSettings("chain.max-depth = " + (CHAIN + 1));
    simulation = Simulation.start(spec);
  }

  /** Stops it, after checking that every step got the answer it expected. */
  @TearDown(Level.Iteration)
  public void stop() {
    long missed =
        simulation.trace().stream()
            .filter(event -> event.kind() == TraceKind.EXPECTATION_FAILED)
            .count();
    simulation.close();
    if (missed > 0) {
      throw new IllegalStateException(missed + " steps did not get the answer they expected");
    }
  }

  /** One token from the starter's proxy and one API call with it, through the facade. */
  @Benchmark
  public ActionOutcome apiOneAtATime() {
    ActionOutcome outcome = simulation.perform("main", STARTER, ScaleProjects.READ_ENVIRONMENT);
    if (outcome.status() == null || outcome.status() != 200) {
      throw new IllegalStateException("the call was answered " + outcome);
    }
    return outcome;
  }

  /** {@value #CALLS} tokens and calls made by one task run's program. */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public SettleResult apiInTaskProgram() {
    return runToTheEnd(ScaleProjects.trigger("batch"));
  }

  /** {@value #CHAIN} hops of a task chain. */
  @Benchmark
  @OperationsPerInvocation(CHAIN)
  public SettleResult chainHop() {
    return runToTheEnd(ScaleProjects.trigger(0));
  }

  private SettleResult runToTheEnd(Action trigger) {
    ActionOutcome outcome = simulation.perform("main", STARTER, trigger);
    if (outcome.status() == null || outcome.status() != 202) {
      throw new IllegalStateException("the run was answered " + outcome);
    }
    SettleResult settled = simulation.settle();
    if (!settled.settled()) {
      throw new IllegalStateException(settled.message());
    }
    return settled;
  }
}
