package dev.upsim.orchestrator.simulation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * The actor system of the process's next simulation, made ahead on a thread of its own.
 *
 * <p>Design notes. Making a Pekko actor system (logging, the configuration, the system itself) is
 * about 40% of a short {@code upsim run}, and nothing in it depends on the scenario: its
 * configuration is the simulation dispatcher over the application's configuration. A scenario's
 * settings live under {@code upsim} and never touch the dispatcher (they are read from the scenario
 * by the run's services, not from the system). So {@code upsim run} starts making the system before
 * it reads its command line, and the first simulation takes it instead of making one: on two cores
 * the two overlap (BENCHMARKS.md, start-up). A system made ahead that nobody takes (a command line
 * with an error, say) goes with the process, as any system does.
 */
public final class SystemAhead {

  private static final AtomicReference<CompletableFuture<ActorSystem<Void>>> NEXT =
      new AtomicReference<>();

  private SystemAhead() {}

  /** Starts making the next simulation's actor system, unless one is being made already. */
  public static void start() {
    CompletableFuture<ActorSystem<Void>> next = new CompletableFuture<>();
    if (!NEXT.compareAndSet(null, next)) {
      return;
    }
    Thread maker = new Thread(() -> make(next), "upsim-system-ahead");
    maker.setDaemon(true);
    maker.start();
  }

  /**
   * The system made ahead, once it is made, or null when none was started or it was taken; a
   * failure to make it is thrown here, as making it here would have thrown it.
   */
  static ActorSystem<Void> take() {
    CompletableFuture<ActorSystem<Void>> next = NEXT.getAndSet(null);
    if (next == null) {
      return null;
    }
    try {
      return next.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failed;
    }
  }

  private static void make(CompletableFuture<ActorSystem<Void>> next) {
    try {
      next.complete(ActorSystem.create(Behaviors.empty(), "upsim", Simulation.systemConfig()));
    } catch (RuntimeException | Error failed) {
      next.completeExceptionally(failed);
    }
  }
}
