package dev.upsim.orchestrator.runtime;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One thread that runs tasks strictly in the order they arrive and reports each to a {@link
 * TaskCounter}. One thread and one queue make the order of messages a function of the order they
 * were sent, which is what makes a simulation repeatable.
 */
final class CountingExecutor extends ThreadPoolExecutor {

  private final TaskCounter counter;

  CountingExecutor(TaskCounter counter, ThreadFactory threads) {
    super(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
    this.counter = counter;
  }

  @Override
  public void execute(Runnable task) {
    counter.submitted();
    try {
      super.execute(task);
    } catch (RejectedExecutionException rejected) {
      counter.completed();
      throw rejected;
    }
  }

  @Override
  protected void afterExecute(Runnable task, Throwable failure) {
    super.afterExecute(task, failure);
    counter.completed();
  }
}
