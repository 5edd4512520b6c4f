package dev.upsim.orchestrator.runtime;

import java.time.Duration;

/**
 * Counts the tasks handed to the simulation's executor and those it has finished, so that the
 * runner can wait until no mailbox has work left.
 *
 * <p>Pekko hands a mailbox to the executor whenever it gets a message and is not already scheduled,
 * and only the simulation's own actors run there; the runner sends nothing while it waits. So "as
 * many finished as submitted" means that every message sent so far has been processed and nothing
 * can send another: the simulation is quiescent.
 */
public final class TaskCounter {

  private long submitted;
  private long completed;

  /** Notes that a task was handed to the executor. */
  public synchronized void submitted() {
    submitted++;
  }

  /** Notes that a task has finished, and wakes any thread waiting for quiescence. */
  public synchronized void completed() {
    completed++;
    if (completed == submitted) {
      notifyAll();
    }
  }

  /** Whether every task handed over so far has finished. */
  public synchronized boolean isQuiescent() {
    return completed == submitted;
  }

  /**
   * Blocks until the executor is quiescent. {@code patience} is real time and only guards against a
   * simulation that never stops sending messages; it is no part of simulated time.
   */
  public synchronized void awaitQuiescence(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (completed != submitted) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "the simulation kept sending messages for " + patience + " of real time");
      }
      waitNanos(left);
    }
  }

  private void waitNanos(long nanos) {
    try {
      wait(Math.max(1, nanos / 1_000_000));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the simulation", interrupted);
    }
  }
}
