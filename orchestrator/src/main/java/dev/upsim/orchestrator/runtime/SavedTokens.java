package dev.upsim.orchestrator.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens kept by name for later steps. One store per simulation: a token saved inside a task run or
 * in one environment can be sent later by any workload anywhere, which is how scenarios show that a
 * token outlives its run or is refused by another environment.
 */
public final class SavedTokens {

  private final Map<String, String> byName = new HashMap<>();

  /** Keeps {@code token} under {@code name}, replacing any earlier token of that name. */
  public synchronized void save(String name, String token) {
    byName.put(name, token);
  }

  /** The token saved under {@code name}, if any. */
  public synchronized Optional<String> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
