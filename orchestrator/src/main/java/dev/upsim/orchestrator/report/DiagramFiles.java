package dev.upsim.orchestrator.report;

import dev.upsim.orchestrator.scenario.ScenarioResult;
import dev.upsim.orchestrator.scenario.ScenarioResult.Outcome;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files {@code --diagram FILE} writes. A name ending in {@code .mmd} gets bare Mermaid, one
 * diagram a file: the file itself for one scenario, else one file per scenario beside it, named
 * after both ({@code run.mmd} and {@code quickstart.yaml} give {@code run-quickstart.mmd}). Any
 * other name gets Markdown: a section per scenario, each with a fenced {@code mermaid} block, which
 * GitHub renders as it is.
 */
public final class DiagramFiles {

  private DiagramFiles() {}

  /** The files to write for {@code target}, with their text, in the order of the results. */
  public static Map<Path, String> of(Path target, List<ScenarioResult> results) {
    if (!isBareMermaid(target)) {
      return Map.of(target, markdown(results));
    }
    List<ScenarioResult> drawn = results.stream().filter(DiagramFiles::ran).toList();
    if (drawn.size() == 1) {
      return Map.of(target, diagram(drawn.get(0)));
    }
    Map<Path, String> files = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (ScenarioResult result : drawn) {
      files.put(sibling(target, stem(result), used), diagram(result));
    }
    return files;
  }

  /** Every scenario as a Markdown section: a heading, its file, seed and outcome, its diagram. */
  static String markdown(List<ScenarioResult> results) {
    StringBuilder md = new StringBuilder("# upsim run\n");
    for (ScenarioResult result : results) {
      md.append("\n## ").append(result.name().replace("\n", " ")).append("\n\n");
      md.append('`').append(result.file()).append("`, seed ").append(result.seed());
      md.append(": ").append(result.outcome().name().toLowerCase(Locale.ROOT)).append("\n\n");
      md.append(ran(result) ? "```mermaid\n" + diagram(result) + "```\n" : whyNothing(result));
    }
    return md.toString();
  }

  private static String whyNothing(ScenarioResult result) {
    if (result.configErrorCheck() == null) {
      return "Nothing ran: the scenario could not be used.\n";
    }
    return "Nothing ran: the scenario checks that its configuration is rejected.\n";
  }

  private static String diagram(ScenarioResult result) {
    boolean qualify = result.scenario() != null && result.scenario().environments().size() > 1;
    return SequenceDiagram.render(result.trace(), qualify);
  }

  private static boolean ran(ScenarioResult result) {
    return result.outcome() != Outcome.UNUSABLE && !result.trace().isEmpty();
  }

  private static boolean isBareMermaid(Path target) {
    return String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".mmd");
  }

  private static String stem(ScenarioResult result) {
    String name = String.valueOf(result.file().getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** {@code run.mmd} and {@code quickstart} give {@code run-quickstart.mmd}, numbered if taken. */
  private static Path sibling(Path target, String stem, Set<String> used) {
    String name = String.valueOf(target.getFileName());
    String base = name.substring(0, name.length() - ".mmd".length()) + "-" + stem;
    String candidate = base;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return target.resolveSibling(candidate + ".mmd");
  }
}
