package dev.upsim.orchestrator.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task runs of one environment, oldest first. A plain, single-threaded class owned by the
 * environment's API actor.
 */
public final class ActivityLog {

  private final Map<String, Activity> byId = new LinkedHashMap<>();

  /** Adds a new run, or replaces the run with the same id by its newer snapshot. */
  public void put(Activity activity) {
    byId.put(activity.id(), activity);
  }

  /** The run {@code id}, if this environment has one. */
  public Optional<Activity> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every run, oldest first. */
  public List<Activity> all() {
    return List.copyOf(byId.values());
  }

  /** The runs still pending or in progress, oldest first. */
  public List<Activity> active() {
    return byId.values().stream().filter(Activity::isActive).toList();
  }

  /**
   * The run of {@code task} a cancel is meant for: the latest still pending or in progress, else
   * the latest at all.
   */
  public Optional<Activity> latestOf(String task) {
    List<Activity> runs = new ArrayList<>(byId.values());
    Activity latest = null;
    for (int i = runs.size() - 1; i >= 0; i--) {
      Activity run = runs.get(i);
      if (run.task().equals(task) && run.isActive()) {
        return Optional.of(run);
      }
      latest = latest == null && run.task().equals(task) ? run : latest;
    }
    return Optional.ofNullable(latest);
  }

  /** Whether the run {@code id} has ended; false for a run this environment does not know. */
  public boolean hasEnded(String id) {
    Activity run = byId.get(id);
    return run != null && !run.isActive();
  }
}
