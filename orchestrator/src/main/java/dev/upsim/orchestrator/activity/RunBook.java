package dev.upsim.orchestrator.activity;

import dev.upsim.auth.SimClock;
import dev.upsim.orchestrator.activity.Activity.Result;
import dev.upsim.orchestrator.activity.Activity.State;
import java.util.Map;
import java.util.Optional;

/**
 * The life of an environment's task runs, from the run call to the end: creation, the wait for a
 * free slot, start, exit, timeout and cancel, each written to the {@link ActivityLog} with a line
 * of platform output. What a change means outside (a container to spawn or kill, a trace event) is
 * left to the {@link Effects} the owner gives.
 */
public final class RunBook {

  /** What the owner does when runs change. */
  public interface Effects {

    /** A run was created or changed state; {@code note} says how, in words. */
    void changed(Activity run, String note);

    /** A run may start: its container should be spawned. */
    void start(Activity run);

    /** A run in progress was ended from outside: its container should be stopped. */
    void stop(Activity run, String why);
  }

  private final ActivityLog log;
  private final RunQueue queue;
  private final ActivityIds ids;
  private final SimClock clock;
  private final Effects effects;

  /** A book writing to {@code log}, capping runs with {@code queue}, naming them with ids. */
  public RunBook(
      ActivityLog log, RunQueue queue, ActivityIds ids, SimClock clock, Effects effects) {
    this.log = log;
    this.queue = queue;
    this.ids = ids;
    this.clock = clock;
    this.effects = effects;
  }

  /** Creates a run of {@code task}; it starts at once when the cap allows, else it waits. */
  public Activity create(
      String task, Map<String, String> variables, RunChain chain, String triggeredBy) {
    Activity run = Activity.pending(ids.next(), task, clock.now(), variables, chain, triggeredBy);
    log.put(run);
    effects.changed(run, "created by " + triggeredBy + ", chain " + chain);
    if (queue.offer(task, run.id())) {
      start(run);
    }
    return log.find(run.id()).orElseThrow();
  }

  /** Completes run {@code id} with the exit code of its program: 0 is success. */
  public void exited(String id, int exitCode) {
    Activity run = inProgress(id);
    if (run != null) {
      Result result = exitCode == 0 ? Result.SUCCESS : Result.FAILURE;
      String line = "Task " + run.task() + " exited with code " + exitCode;
      finish(withLine(run, line, exitCode != 0).completed(clock.now(), result), line, null);
    }
  }

  /** Fails run {@code id} because it ran past {@code timeout}, and has it killed. */
  public void timedOut(String id, String timeout) {
    Activity run = inProgress(id);
    if (run != null) {
      String line = "Task " + run.task() + " killed: it ran past its timeout of " + timeout;
      Activity failed = withLine(run, line, true).completed(clock.now(), Result.FAILURE);
      finish(failed, line, "killed after its timeout of " + timeout);
    }
  }

  /** Cancels run {@code id} if it has not ended; returns it as it is afterwards. */
  public Optional<Activity> cancel(String id, String why) {
    Activity run = log.find(id).orElse(null);
    if (run == null || !run.isActive()) {
      return Optional.ofNullable(run);
    }
    if (run.state() == State.PENDING) {
      queue.withdraw(run.task(), id);
      Activity cancelled = cancelled(run, why);
      log.put(cancelled);
      effects.changed(cancelled, "cancelled while pending: " + why);
    } else {
      finish(cancelled(run, why), "cancelled: " + why, "cancelled: " + why);
    }
    return log.find(id);
  }

  /** Cancels every pending run, then every run in progress, as a deploy does. */
  public void cancelAll(String why) {
    for (Activity run : log.active()) {
      if (run.state() == State.PENDING) {
        cancel(run.id(), why);
      }
    }
    log.active().forEach(run -> cancel(run.id(), why));
  }

  /** Adds a line of output to run {@code id} while it runs. */
  public void log(String id, LogLine line) {
    Activity run = inProgress(id);
    if (run != null) {
      log.put(run.withLine(line));
    }
  }

  private void start(Activity pending) {
    String line = "Running task " + pending.task() + " in container " + pending.container();
    Activity run = withLine(pending, line, false).started(clock.now());
    log.put(run);
    effects.changed(run, "started in " + run.container());
    effects.start(run);
  }

  private Activity cancelled(Activity run, String why) {
    String line = "Task " + run.task() + " cancelled: " + why;
    return withLine(run, line, true).cancelled(clock.now());
  }

  /**
   * Records that a run in progress ended, has it stopped if {@code stopWhy} says so, and lets the
   * next waiting run of its task start.
   */
  private void finish(Activity ended, String note, String stopWhy) {
    log.put(ended);
    effects.changed(ended, note);
    if (stopWhy != null) {
      effects.stop(ended, stopWhy);
    }
    queue.release(ended.task()).flatMap(log::find).ifPresent(this::start);
  }

  private Activity inProgress(String id) {
    Activity run = log.find(id).orElse(null);
    return run != null && run.state() == State.IN_PROGRESS ? run : null;
  }

  private Activity withLine(Activity run, String text, boolean stderr) {
    return run.withLine(new LogLine(clock.now(), text, stderr));
  }
}
