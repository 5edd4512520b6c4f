package dev.upsim.auth;

import java.time.Instant;

/**
 * The time as the simulation sees it. Simulations read a virtual clock that only the runner moves;
 * {@code upsim serve} may read the wall clock instead. Nothing in the simulation reads time any
 * other way, which is what makes runs repeatable.
 */
@FunctionalInterface
public interface SimClock {

  /** The current simulated instant. */
  Instant now();
}
