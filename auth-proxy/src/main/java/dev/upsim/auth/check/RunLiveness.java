package dev.upsim.auth.check;

/** Tells whether a task run has ended, for tokens that stop working with their run. */
@FunctionalInterface
public interface RunLiveness {

  /** True once the run {@code runId} has completed, failed or been cancelled. */
  boolean hasEnded(String runId);
}
