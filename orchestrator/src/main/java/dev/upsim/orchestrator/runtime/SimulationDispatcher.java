package dev.upsim.orchestrator.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.DispatcherSelector;

/**
 * The simulation dispatcher of an actor system, as the runner needs it: the {@link TaskCounter}
 * that tells when no simulation mailbox has work left.
 *
 * <p>Pekko builds the dispatcher from the system's configuration, so the counter is not handed in:
 * it is found by running one task on the dispatcher and asking the thread it runs on. That works
 * the same for a system the simulation builds and for one it is given, an ActorTestKit's say.
 */
public final class SimulationDispatcher {

  /** Real time allowed for the dispatcher to run the finding task; only a guard. */
  private static final long PATIENCE_SECONDS = 30;

  private SimulationDispatcher() {}

  /**
   * The task counter of {@code system}'s simulation dispatcher; fails with a clear message when the
   * system's configuration has no such dispatcher or gives it another executor.
   */
  public static TaskCounter counterIn(ActorSystem<?> system) {
    CompletableFuture<TaskCounter> found = new CompletableFuture<>();
    executorOf(system).execute(() -> found.complete(CountingExecutor.counterOfThisThread()));
    TaskCounter counter = await(found, system);
    if (counter == null) {
      throw notHosting(system, "its executor does not count tasks");
    }
    return counter;
  }

  private static Executor executorOf(ActorSystem<?> system) {
    try {
      return system.dispatchers().lookup(DispatcherSelector.fromConfig(RunServices.DISPATCHER));
    } catch (RuntimeException missing) {
      throw notHosting(system, missing.getMessage());
    }
  }

  private static TaskCounter await(CompletableFuture<TaskCounter> found, ActorSystem<?> system) {
    try {
      return found.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while finding the simulation dispatcher");
    } catch (ExecutionException | TimeoutException failed) {
      throw notHosting(system, "it did not run a task: " + failed);
    }
  }

  private static IllegalStateException notHosting(ActorSystem<?> system, String why) {
    return new IllegalStateException(
        "actor system "
            + system.name()
            + " cannot host a simulation: "
            + RunServices.DISPATCHER
            + " is not the simulation dispatcher ("
            + why
            + "); build the system from Simulation.systemConfig()");
  }
}
