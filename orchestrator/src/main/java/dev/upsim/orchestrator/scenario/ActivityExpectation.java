package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;

/**
 * One expected task run in an {@code expect-activities} step: {@code export: complete success}.
 *
 * @param state {@code pending}, {@code in_progress}, {@code complete} or {@code cancelled}
 * @param result {@code success} or {@code failure} for a complete run, or null when not checked
 * @param at where the item is written
 */
public record ActivityExpectation(String task, String state, String result, SourceLocation at) {

  /** Whether a run of {@code actualTask} in {@code actualState} with {@code actualResult} fits. */
  public boolean matches(String actualTask, String actualState, String actualResult) {
    return task.equals(actualTask)
        && state.equals(actualState)
        && (result == null || result.equals(actualResult));
  }

  /** The item as written: {@code export: complete success}. */
  public String describe() {
    return task + ": " + state + (result == null ? "" : " " + result);
  }
}
