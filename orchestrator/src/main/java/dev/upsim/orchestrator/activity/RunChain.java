package dev.upsim.orchestrator.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tasks from the root of a chain of task runs to a run, that run included: a run triggered by
 * an application, worker or cron starts a chain of one; a run triggered with a token issued inside
 * another run extends that run's chain.
 *
 * <p>A chain is the chain it extends plus one task, so that a hop copies nothing however deep the
 * chain already is: the list of tasks is built only when asked for, a long chain is written with
 * its ends only, and only the loop check walks the chain, comparing names.
 */
public final class RunChain {

  /** The tasks a chain's text shows at each end before it shortens the middle. */
  private static final int SHOWN_AT_EACH_END = 3;

  private final RunChain parent;
  private final String task;
  private final int depth;
  private final boolean loopReported;
  private final boolean closesLoop;
  private final RunChain head;

  private RunChain(RunChain parent, String task, boolean revisits) {
    this.parent = parent;
    this.task = Objects.requireNonNull(task, "task");
    this.depth = parent == null ? 1 : parent.depth + 1;
    boolean reportedBefore = parent != null && parent.loopReported;
    this.loopReported = reportedBefore || revisits;
    this.closesLoop = revisits && !reportedBefore;
    this.head = depth <= SHOWN_AT_EACH_END ? this : parent.head;
  }

  /** The chain of a run triggered from outside any run. */
  public static RunChain root(String task) {
    return new RunChain(null, task, false);
  }

  /** How many runs deep the chain is; the root run counts as 1. */
  public int depth() {
    return depth;
  }

  /** The tasks from the root to the last run, in order. */
  public List<String> tasks() {
    List<String> tasks = new ArrayList<>(depth);
    for (RunChain link = this; link != null; link = link.parent) {
      tasks.add(link.task);
    }
    Collections.reverse(tasks);
    return Collections.unmodifiableList(tasks);
  }

  /** Whether a loop in this chain was already reported, so that a looping chain is named once. */
  public boolean loopReported() {
    return loopReported;
  }

  /**
   * Whether this chain's last task was visited earlier in it, for the first time in the chain: the
   * moment its loop is to be named.
   */
  public boolean closesLoop() {
    return closesLoop;
  }

  /** The chain of a run of {@code task} triggered from the run this chain ends in. */
  public RunChain extend(String task) {
    return new RunChain(this, task, !loopReported && contains(task));
  }

  /**
   * The loop that triggering {@code task} from here would close, named from its first visit, for
   * example {@code export -> cleanup -> export}; empty when {@code task} is not in the chain.
   */
  public Optional<String> loopClosedBy(String task) {
    if (!contains(task)) {
      return Optional.empty();
    }
    List<String> tasks = tasks();
    List<String> loop = new ArrayList<>(tasks.subList(tasks.indexOf(task), tasks.size()));
    loop.add(task);
    return Optional.of(String.join(" -> ", loop));
  }

  private boolean contains(String name) {
    for (RunChain link = this; link != null; link = link.parent) {
      if (link.task.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The tasks joined by arrows; a long chain shows its first and last tasks and how deep it is. */
  @Override
  public String toString() {
    if (depth <= 2 * SHOWN_AT_EACH_END + 1) {
      return String.join(" -> ", tasks());
    }
    List<String> last = new ArrayList<>(SHOWN_AT_EACH_END);
    RunChain link = this;
    for (int i = 0; i < SHOWN_AT_EACH_END; i++, link = link.parent) {
      last.add(0, link.task);
    }
    String first = String.join(" -> ", head.tasks());
    return first + " -> ... -> " + String.join(" -> ", last) + " (" + depth + " runs)";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunChain chain
        && depth == chain.depth
        && loopReported == chain.loopReported
        && tasks().equals(chain.tasks());
  }

  @Override
  public int hashCode() {
    return Objects.hash(tasks(), loopReported);
  }
}
