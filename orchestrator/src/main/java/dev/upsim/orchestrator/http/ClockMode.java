package dev.upsim.orchestrator.http;

import java.util.Locale;
import java.util.Optional;

/** How simulated time moves while {@code upsim serve} runs. */
public enum ClockMode {
  /** Simulated time follows the wall clock, so that sleeps, timeouts and expiry happen. */
  WALL,
  /** Simulated time stands still until {@code POST /__upsim/clock/advance?by=...} moves it. */
  VIRTUAL;

  /** The lower-case word of the command line: {@code wall} or {@code virtual}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode named {@code word} in any case, or empty when there is none. */
  public static Optional<ClockMode> fromWord(String word) {
    for (ClockMode mode : values()) {
      if (mode.word().equalsIgnoreCase(word)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
