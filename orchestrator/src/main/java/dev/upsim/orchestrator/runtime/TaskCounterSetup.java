package dev.upsim.orchestrator.runtime;

import org.apache.pekko.actor.setup.Setup;

/**
 * Hands one simulation's {@link TaskCounter} to the executor Pekko builds for it: the configurator
 * finds it in the actor system's setup.
 */
public final class TaskCounterSetup extends Setup {

  private final TaskCounter counter;

  /** A setup carrying {@code counter}. */
  public TaskCounterSetup(TaskCounter counter) {
    this.counter = counter;
  }

  /** The counter the simulation's executor reports to. */
  public TaskCounter counter() {
    return counter;
  }
}
