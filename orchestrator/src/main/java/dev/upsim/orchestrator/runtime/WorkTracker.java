package dev.upsim.orchestrator.runtime;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The work a simulation must finish before it counts as settled: task runs pending or in progress
 * and crons running. Workers are not work in this sense: they run for ever.
 */
public final class WorkTracker {

  private final Map<String, String> active = new TreeMap<>();

  /** Notes that the work {@code key} began, described for people as {@code description}. */
  public synchronized void begin(String key, String description) {
    active.put(key, description);
  }

  /** Notes that the work {@code key} ended; ending unknown work is harmless. */
  public synchronized void end(String key) {
    active.remove(key);
  }

  /** Whether no work is going on. */
  public synchronized boolean isIdle() {
    return active.isEmpty();
  }

  /** What is going on, each in words, ordered by key. */
  public synchronized List<String> describe() {
    return List.copyOf(active.values());
  }
}
