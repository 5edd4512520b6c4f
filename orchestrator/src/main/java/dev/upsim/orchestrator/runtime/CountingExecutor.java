package dev.upsim.orchestrator.runtime;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One thread that runs tasks strictly in the order they arrive and reports each to a {@link
 * TaskCounter}. One thread and one queue make the order of messages a function of the order they
 * were sent, which is what makes a simulation repeatable. A task can ask which counter the thread
 * it runs on reports to, which is how a simulation finds the counter of a system it did not build.
 */
final class CountingExecutor extends ThreadPoolExecutor {

  private static final ThreadLocal<TaskCounter> RUNNING_FOR = new ThreadLocal<>();

  private final TaskCounter counter;

  CountingExecutor(TaskCounter counter, ThreadFactory threads) {
    super(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
    this.counter = counter;
  }

  /** The counter of the counting executor running the calling task, or null outside one. */
  static TaskCounter counterOfThisThread() {
    return RUNNING_FOR.get();
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
  protected void beforeExecute(Thread thread, Runnable task) {
    RUNNING_FOR.set(counter);
    super.beforeExecute(thread, task);
  }

  @Override
  protected void afterExecute(Runnable task, Throwable failure) {
    super.afterExecute(task, failure);
    counter.completed();
  }
}
