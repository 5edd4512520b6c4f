package dev.upsim.orchestrator.api;

import java.time.Instant;

/**
 * The ISO-8601 text of instants, remembered for the last instant written.
 *
 * <p>Why: every answer about a run writes its times, and on a virtual clock most of them are the
 * same instant (a chain of 10,000 tasks runs at one instant); {@link Instant#toString} formats anew
 * each time and showed in the profile. The text is exactly {@code toString()}'s. Answers may be
 * written on several threads, so the remembered pair is one immutable value.
 */
final class InstantText {

  private static volatile Remembered last = new Remembered(Instant.EPOCH, Instant.EPOCH.toString());

  private InstantText() {}

  /** {@code instant.toString()}, or null for a null instant. */
  static String of(Instant instant) {
    if (instant == null) {
      return null;
    }
    Remembered seen = last;
    if (seen.instant().equals(instant)) {
      return seen.text();
    }
    String text = instant.toString();
    last = new Remembered(instant, text);
    return text;
  }

  /** An instant and its text. */
  private record Remembered(Instant instant, String text) {}
}
