package dev.upsim.cli;

import dev.upsim.auth.HeldGrant;
import dev.upsim.workloads.resolve.ResolvedWorkload;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders resolved workloads as an aligned table with one row per held grant: the workload, the
 * grant, whether it is the workload's own or inherited, and where it was declared. A workload that
 * holds nothing gets one row that says why. The workload id is repeated on every row so that the
 * output can be filtered with grep.
 */
final class ExplainTable {

  private static final List<String> HEADINGS =
      List.of("WORKLOAD", "GRANT", "ORIGIN", "DECLARED AT");
  private static final String GAP = "  ";

  private final Style style;

  ExplainTable(Style style) {
    this.style = style;
  }

  /** The table for {@code workloads}, in their order, each line ending with a newline. */
  String render(List<ResolvedWorkload> workloads) {
    List<List<String>> rows = new ArrayList<>();
    workloads.forEach(workload -> rows.addAll(rowsOf(workload)));
    int[] widths = widths(rows);

    StringBuilder table = new StringBuilder();
    table.append(style.strong(line(HEADINGS, widths))).append('\n');
    for (List<String> row : rows) {
      table.append(row.size() == HEADINGS.size() ? line(row, widths) : noneLine(row, widths));
      table.append('\n');
    }
    return table.toString();
  }

  private static List<List<String>> rowsOf(ResolvedWorkload workload) {
    String id = workload.id().toString();
    if (workload.grants().isEmpty()) {
      return List.of(List.of(id, "(none: " + workload.basis() + ")"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (HeldGrant held : workload.grants()) {
      String declaredAt = held.declaredAt().fileAndLine();
      rows.add(List.of(id, held.grant().toString(), held.origin().word(), declaredAt));
    }
    return rows;
  }

  /** The width of each column but the last, which is never padded. */
  private static int[] widths(List<List<String>> rows) {
    int[] widths = new int[HEADINGS.size() - 1];
    for (List<String> row : concat(HEADINGS, rows)) {
      boolean spanning = row.size() < HEADINGS.size();
      for (int column = 0; column < (spanning ? 1 : widths.length); column++) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    return widths;
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < widths.length; column++) {
      line.append(pad(cells.get(column), widths[column])).append(GAP);
    }
    return line.append(cells.get(widths.length)).toString();
  }

  private String noneLine(List<String> row, int[] widths) {
    return pad(row.get(0), widths[0]) + GAP + style.muted(row.get(1));
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static List<List<String>> concat(List<String> headings, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>(rows);
    all.add(headings);
    return all;
  }
}
