package dev.upsim.orchestrator.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of a timeline and the lines that explain it beneath: who acted (and towards whom), what
 * happened, and, for a request, the answer and its reasons.
 *
 * @param at the virtual instant of the first event the row stands for
 * @param actors {@code admin -> admin/proxy}, or one name when nobody was addressed
 * @param text what happened, in words
 * @param tone how the text should be marked
 * @param details the lines printed beneath, indented under the text
 */
public record TimelineRow(Instant at, String actors, String text, Tone tone, List<Detail> details) {

  /** How a row or detail is marked when printed. */
  public enum Tone {
    /** Printed as it is. */
    NORMAL,
    /** An allowed decision or a success. */
    ALLOWED,
    /** A refusal, a failed expectation or a warning. */
    REFUSED,
    /** A side note: spawns, stops and other plumbing. */
    MUTED
  }

  /** One line beneath a row. */
  public record Detail(String text, Tone tone) {

    public Detail {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(tone, "tone");
    }
  }

  public TimelineRow {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tone, "tone");
    details = List.copyOf(details);
  }

  /** A row without details. */
  public static TimelineRow of(Instant at, String actors, String text, Tone tone) {
    return new TimelineRow(at, actors, text, tone, List.of());
  }
}
