package dev.upsim.orchestrator.simulation;

import java.time.Instant;
import java.util.List;

/**
 * How {@link Simulation#settle()} ended.
 *
 * @param settled true when no task run is pending or in progress and no cron runs
 * @param at the virtual instant it ended at
 * @param unfinished the work still going on when it stopped, in words; empty when settled
 * @param message one sentence for people: that it settled, or why it stopped and what was left
 */
public record SettleResult(boolean settled, Instant at, List<String> unfinished, String message) {

  public SettleResult {
    unfinished = List.copyOf(unfinished);
  }
}
