package dev.upsim.orchestrator.activity;

import java.util.SplittableRandom;

/**
 * Draws activity ids from a seeded generator, so that the same seed names the same runs: 24
 * characters of lower-case letters and digits, of which a run's container name shows the first 8.
 */
public final class ActivityIds {

  private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final int LENGTH = 24;

  private final SplittableRandom random;

  /** Ids drawn from {@code seed}. */
  public ActivityIds(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next id. */
  public String next() {
    StringBuilder id = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
