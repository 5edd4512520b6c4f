package dev.upsim.orchestrator.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tasks from the root of a chain of task runs to a run, that run included: a run triggered by
 * an application, worker or cron starts a chain of one; a run triggered with a token issued inside
 * another run extends that run's chain.
 *
 * <p>A chain is the chain it extends plus one task, so that a hop copies nothing however deep the
 * chain already is: the list of tasks is built only when asked for, and a long chain is written
 * with its ends only. The loop check must not walk the whole chain at every hop either (a chain of
 * 10,000 tasks would make that quadratic): every {@value #SEGMENT}th link is a checkpoint holding
 * the set of task names back to the checkpoint before it, and every {@value #SEGMENT}th checkpoint
 * also holds the names back to the one such checkpoint before it. A check compares at most {@value
 * #SEGMENT} names, looks a name up in at most {@value #SEGMENT} segments, then one long segment at
 * a time: about 130 steps for a chain of 10,000 instead of 220.
 */
public final class RunChain {

  /** The tasks a chain's text shows at each end before it shortens the middle. */
  private static final int SHOWN_AT_EACH_END = 3;

  /** How many links a checkpoint's set of names covers. */
  private static final int SEGMENT = 64;

  /** How many links a long checkpoint's set of names covers. */
  private static final int LONG_SEGMENT = SEGMENT * SEGMENT;

  private final RunChain parent;
  private final String task;
  private final int depth;
  private final boolean loopReported;
  private final boolean closesLoop;
  private final RunChain head;
  private final RunChain checkpoint;
  private final Set<String> segment;
  private final RunChain longCheckpoint;
  private final Set<String> longSegment;

  private RunChain(RunChain parent, String task, boolean revisits) {
    this.parent = parent;
    this.task = Objects.requireNonNull(task, "task");
    this.depth = parent == null ? 1 : parent.depth + 1;
    boolean reportedBefore = parent != null && parent.loopReported;
    this.loopReported = reportedBefore || revisits;
    this.closesLoop = revisits && !reportedBefore;
    this.head = depth <= SHOWN_AT_EACH_END ? this : parent.head;
    this.checkpoint = parent == null ? null : parent.nearestCheckpoint();
    this.segment = depth % SEGMENT == 0 ? namesBackTo(checkpoint) : null;
    this.longCheckpoint = parent == null ? null : parent.nearestLongCheckpoint();
    this.longSegment = depth % LONG_SEGMENT == 0 ? namesBackTo(longCheckpoint) : null;
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
    RunChain link = this;
    for (; link != null && link.segment == null; link = link.parent) {
      if (link.task.equals(name)) {
        return true;
      }
    }
    for (; link != null && link.longSegment == null; link = link.checkpoint) {
      if (link.segment.contains(name)) {
        return true;
      }
    }
    for (; link != null; link = link.longCheckpoint) {
      if (link.longSegment.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** This link when it is a checkpoint, else the checkpoint it would jump back to. */
  private RunChain nearestCheckpoint() {
    return segment != null ? this : checkpoint;
  }

  /** This link when it is a long checkpoint, else the long checkpoint it would jump back to. */
  private RunChain nearestLongCheckpoint() {
    return longSegment != null ? this : longCheckpoint;
  }

  /** The task names from this link back to {@code stop}, which is excluded. */
  private Set<String> namesBackTo(RunChain stop) {
    Set<String> names = new HashSet<>();
    for (RunChain link = this; link != stop; link = link.parent) {
      names.add(link.task);
    }
    return names;
  }

  /** Whether the chain is too long to be shown whole, and {@link #ends} shows its ends only. */
  public boolean isShortened() {
    return depth > 2 * SHOWN_AT_EACH_END + 1;
  }

  /**
   * The tasks a reader is shown: every task of a chain of up to seven, else the first three and the
   * last three, so that what is written per run does not grow with the chain's depth.
   */
  public List<String> ends() {
    if (!isShortened()) {
      return tasks();
    }
    List<String> ends = new ArrayList<>(head.tasks());
    ends.addAll(lastTasks());
    return Collections.unmodifiableList(ends);
  }

  /** The tasks joined by arrows; a long chain shows its first and last tasks and how deep it is. */
  @Override
  public String toString() {
    if (!isShortened()) {
      return String.join(" -> ", tasks());
    }
    String first = String.join(" -> ", head.tasks());
    return first + " -> ... -> " + String.join(" -> ", lastTasks()) + " (" + depth + " runs)";
  }

  private List<String> lastTasks() {
    List<String> last = new ArrayList<>(SHOWN_AT_EACH_END);
    RunChain link = this;
    for (int i = 0; i < SHOWN_AT_EACH_END; i++, link = link.parent) {
      last.add(0, link.task);
    }
    return last;
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
