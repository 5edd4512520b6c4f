package dev.upsim.orchestrator.http;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The console's view of the containers served: a table of each container's id, environment and
 * proxy address, each followed by the environment variables a program in it would see, written so
 * that they can be pasted after {@code env} to run a program as that container.
 */
final class ContainerTable {

  private static final int WIDTH = 100;
  private static final String INDENT = "    ";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]*");

  private ContainerTable() {}

  /** Prints the header and one entry per container of {@code served}. */
  static void print(List<ServedContainer> served, PrintWriter out) {
    int idWidth = "CONTAINER".length();
    for (ServedContainer container : served) {
      idWidth = Math.max(idWidth, label(container).length());
    }
    out.println(row("CONTAINER", "ENVIRONMENT", "PROXY", idWidth));
    for (ServedContainer container : served) {
      entry("", container, idWidth, out);
    }
  }

  /** Prints that the containers of {@code changes} started (with their variables) or ended. */
  static void printChanges(ProxyServers.Changes changes, PrintWriter out) {
    for (ServedContainer started : changes.started()) {
      entry("started ", started, label(started).length(), out);
    }
    for (ServedContainer ended : changes.ended()) {
      out.println("ended   " + row(label(ended), ended.environment(), ended.proxyUrl(), 0));
    }
  }

  /** The variables as {@code NAME=value} words, quoted for a shell where needed, wrapped. */
  static List<String> variableLines(Map<String, String> variables) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(INDENT);
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      String word = variable.getKey() + "=" + quoted(variable.getValue());
      if (line.length() > INDENT.length() && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(INDENT);
      }
      line.append(line.length() > INDENT.length() ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static void entry(
      String prefix, ServedContainer container, int idWidth, PrintWriter out) {
    out.println(
        prefix + row(label(container), container.environment(), container.proxyUrl(), idWidth));
    variableLines(container.variables()).forEach(out::println);
  }

  /** The id as scenarios name it, and for a task run the run's container name. */
  private static String label(ServedContainer container) {
    String run = container.view().runId() == null ? "" : " (" + container.view().name() + ")";
    return container.id() + run + (container.fallback() ? " *" : "");
  }

  private static String row(String id, String environment, String proxy, int idWidth) {
    return String.format("%-" + Math.max(1, idWidth) + "s  %-11s  %s", id, environment, proxy);
  }

  private static String quoted(String value) {
    if (PLAIN.matcher(value).matches() && !value.isEmpty()) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
