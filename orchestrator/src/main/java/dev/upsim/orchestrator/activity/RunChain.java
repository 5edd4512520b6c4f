package dev.upsim.orchestrator.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tasks from the root of a chain of task runs to a run, that run included: a run triggered by
 * an application, worker or cron starts a chain of one; a run triggered with a token issued inside
 * another run extends that run's chain.
 *
 * @param loopReported whether a loop in this chain was already reported, so that a chain that keeps
 *     looping is named once
 */
public record RunChain(List<String> tasks, boolean loopReported) {

  public RunChain {
    tasks = List.copyOf(tasks);
  }

  /** The chain of a run triggered from outside any run. */
  public static RunChain root(String task) {
    return new RunChain(List.of(task), false);
  }

  /** How many runs deep the chain is; the root run counts as 1. */
  public int depth() {
    return tasks.size();
  }

  /** The chain of a run of {@code task} triggered from the run this chain ends in. */
  public RunChain extend(String task) {
    List<String> longer = new ArrayList<>(tasks);
    longer.add(task);
    return new RunChain(longer, loopReported || tasks.contains(task));
  }

  /**
   * The loop that triggering {@code task} from here would close, named from its first visit, for
   * example {@code export -> cleanup -> export}; empty when {@code task} is not in the chain.
   */
  public Optional<String> loopClosedBy(String task) {
    int first = tasks.indexOf(task);
    if (first < 0) {
      return Optional.empty();
    }
    List<String> loop = new ArrayList<>(tasks.subList(first, tasks.size()));
    loop.add(task);
    return Optional.of(String.join(" -> ", loop));
  }

  @Override
  public String toString() {
    return String.join(" -> ", tasks);
  }
}
