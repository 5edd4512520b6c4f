package dev.upsim.orchestrator.activity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The concurrency cap of task runs: at most {@code cap} runs of one task in progress, the rest
 * waiting in arrival order. Runs of different tasks never wait for each other.
 */
public final class RunQueue {

  private final int cap;
  private final Map<String, Integer> running = new HashMap<>();
  private final Map<String, Deque<String>> waiting = new HashMap<>();

  /** A queue that lets {@code cap} runs of each task be in progress at once. */
  public RunQueue(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("the cap of runs in progress must be at least 1");
    }
    this.cap = cap;
  }

  /** Offers run {@code id} of {@code task}: true when it may start now, false when it waits. */
  public boolean offer(String task, String id) {
    int inProgress = running.getOrDefault(task, 0);
    if (inProgress < cap) {
      running.put(task, inProgress + 1);
      return true;
    }
    waiting.computeIfAbsent(task, name -> new ArrayDeque<>()).addLast(id);
    return false;
  }

  /** Notes that a run of {@code task} in progress ended; returns the waiting run that starts. */
  public Optional<String> release(String task) {
    Deque<String> queue = waiting.get(task);
    if (queue != null && !queue.isEmpty()) {
      return Optional.of(queue.pollFirst());
    }
    running.merge(task, -1, Integer::sum);
    return Optional.empty();
  }

  /** Takes waiting run {@code id} of {@code task} out of the queue; false when it was not in it. */
  public boolean withdraw(String task, String id) {
    Deque<String> queue = waiting.get(task);
    return queue != null && queue.remove(id);
  }

  /** How many runs of {@code task} are in progress. */
  public int running(String task) {
    return running.getOrDefault(task, 0);
  }
}
