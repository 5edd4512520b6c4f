package dev.upsim.orchestrator.report;

import dev.upsim.orchestrator.report.TimelineRow.Detail;
import dev.upsim.orchestrator.report.TimelineRow.Tone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints timeline rows in three aligned columns: the virtual time since the start, who acted
 * towards whom, and what happened, with each row's details indented under the third column. The
 * columns are as wide as the rows given at construction need, so that the timelines of several
 * steps of one scenario line up; names too long for the second column put their text on the next
 * line, under the third.
 */
public final class TimelineText {

  /** Names longer than this push their row's text to the right rather than widen the column. */
  private static final int MAX_ACTORS_WIDTH = 30;

  private static final String GAP = "  ";

  private final Instant start;
  private final Palette palette;
  private final String indent;
  private final int timeWidth;
  private final int actorsWidth;

  /**
   * A printer of offsets from {@code start}, marked with {@code palette}, each line starting with
   * {@code indent}, with columns wide enough for every row of {@code allRows}.
   */
  public TimelineText(Instant start, Palette palette, String indent, List<TimelineRow> allRows) {
    this.start = start;
    this.palette = palette;
    this.indent = indent;
    this.timeWidth = allRows.stream().mapToInt(row -> time(row).length()).max().orElse(0);
    int widest = allRows.stream().mapToInt(row -> row.actors().length()).max().orElse(0);
    this.actorsWidth = Math.min(MAX_ACTORS_WIDTH, widest);
  }

  /** The lines of {@code rows}, without line ends. */
  public List<String> lines(List<TimelineRow> rows) {
    String under = indent + " ".repeat(timeWidth + actorsWidth + 2 * GAP.length());
    List<String> lines = new ArrayList<>();
    String previousTime = null;
    for (TimelineRow row : rows) {
      String time = padLeft(time(row), timeWidth);
      String shownTime = time.equals(previousTime) ? palette.muted().apply(time) : time;
      previousTime = time;
      String text = mark(row.text(), row.tone());
      if (row.actors().length() > actorsWidth) {
        lines.add(indent + shownTime + GAP + row.actors());
        lines.add(under + text);
      } else {
        lines.add(indent + shownTime + GAP + pad(row.actors(), actorsWidth) + GAP + text);
      }
      for (Detail detail : row.details()) {
        lines.add(under + mark(detail.text(), detail.tone()));
      }
    }
    return lines;
  }

  private String time(TimelineRow row) {
    return VirtualTime.since(start, row.at());
  }

  private String mark(String text, Tone tone) {
    switch (tone) {
      case ALLOWED:
        return palette.pass().apply(text);
      case REFUSED:
        return palette.fail().apply(text);
      case MUTED:
        return palette.muted().apply(text);
      default:
        return text;
    }
  }

  private static String padLeft(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
