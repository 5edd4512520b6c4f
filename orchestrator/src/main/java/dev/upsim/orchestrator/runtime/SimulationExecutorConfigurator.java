package dev.upsim.orchestrator.runtime;

import com.typesafe.config.Config;
import java.util.concurrent.ThreadFactory;
import org.apache.pekko.dispatch.DispatcherPrerequisites;
import org.apache.pekko.dispatch.ExecutorServiceConfigurator;
import org.apache.pekko.dispatch.ExecutorServiceFactory;

/**
 * Builds the simulation dispatcher's executor: a single thread reporting to the {@link TaskCounter}
 * found in the actor system's {@link TaskCounterSetup} (a private counter when the system has
 * none). Named in {@code upsim.simulation-dispatcher.executor}.
 */
public final class SimulationExecutorConfigurator extends ExecutorServiceConfigurator {

  private final TaskCounter counter;

  /** Called by Pekko with the dispatcher's configuration. */
  public SimulationExecutorConfigurator(Config config, DispatcherPrerequisites prerequisites) {
    super(config, prerequisites);
    this.counter =
        prerequisites
            .settings()
            .setup()
            .get(TaskCounterSetup.class)
            .map(TaskCounterSetup::counter)
            .orElseGet(TaskCounter::new);
  }

  @Override
  public ExecutorServiceFactory createExecutorServiceFactory(String id, ThreadFactory threads) {
    return () -> new CountingExecutor(counter, threads);
  }
}
