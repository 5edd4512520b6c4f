package dev.upsim.orchestrator.activity;

import java.time.Instant;

/** One line of a run's output; stderr lines show with {@code W:} in the activity log. */
public record LogLine(Instant at, String text, boolean stderr) {

  /** The line as the activity log shows it. */
  public String message() {
    return stderr ? "W: " + text : text;
  }
}
