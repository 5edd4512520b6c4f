package dev.upsim.orchestrator.report;

import dev.upsim.auth.check.Decision;
import dev.upsim.orchestrator.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Mermaid sequence diagram of a trace: containers, proxies, crons and the API as participants,
 * token requests and replies, API calls and answers, and task containers started by the API as
 * messages. A refusal is a crossed arrow ({@code --x}) labelled with its status and reason code.
 * Spawns of long-running containers, logs and activity changes are left out: the timeline has them.
 *
 * <p>Every participant is declared before the first message, in order of first appearance, so the
 * diagram reads left to right as the run unfolds. The text renders on GitHub as it is.
 */
public final class SequenceDiagram {

  private static final String TASK_CONTAINER = "--task--";

  private final boolean qualify;
  private final Map<String, String> ids = new LinkedHashMap<>();
  private final List<String> statements = new ArrayList<>();

  private SequenceDiagram(boolean qualify) {
    this.qualify = qualify;
  }

  /**
   * The diagram of {@code events}, starting with {@code sequenceDiagram}, without a fence.
   *
   * @param qualify whether names carry their environment, for runs in more than one environment
   */
  public static String render(List<TraceEvent> events, boolean qualify) {
    SequenceDiagram diagram = new SequenceDiagram(qualify);
    events.forEach(diagram::add);
    return diagram.text();
  }

  private void add(TraceEvent event) {
    switch (event.kind()) {
      case TOKEN_REQUESTED:
        arrow(event, "->>", Timeline.tokenAsked(event));
        break;
      case API_REQUESTED:
      case CRON_FIRED:
        arrow(event, "->>", event.content());
        break;
      case TOKEN_ISSUED:
        arrow(event, "-->>", event.content());
        break;
      case TOKEN_REFUSED:
        arrow(event, "--x", event.content());
        break;
      case API_ANSWERED:
        answer(event);
        break;
      case SPAWNED:
        taskContainerStarted(event);
        break;
      case STOPPED:
        taskContainerStopped(event);
        break;
      case LOOP_DETECTED:
      case DEPLOYED:
        note(event, "api", event.content());
        break;
      case EXPECTATION_FAILED:
      case CRON_DEFERRED:
        note(event, event.source(), event.content());
        break;
      default:
        break;
    }
  }

  /** An answer: a dashed arrow when allowed, a crossed one naming what was needed when not. */
  private void answer(TraceEvent event) {
    Decision decision = event.decision();
    boolean refused = decision == null ? !event.content().startsWith("2") : !decision.allowed();
    if (!refused) {
      arrow(event, "-->>", event.content());
      return;
    }
    boolean needs = decision != null && decision.needed() != null;
    String label = needs ? event.content() + " (needs " + decision.needed() + ")" : event.content();
    arrow(event, "--x", label);
  }

  private void taskContainerStarted(TraceEvent event) {
    if ("supervisor".equals(event.source()) && isTaskContainer(event.target())) {
      String api = participant(event, "api");
      statements.add(api + "-)" + participant(event, event.target()) + ": start run");
    }
  }

  private void taskContainerStopped(TraceEvent event) {
    if ("supervisor".equals(event.source()) && isTaskContainer(event.target())) {
      note(event, event.target(), "stopped: " + event.content());
    }
  }

  private static boolean isTaskContainer(String name) {
    return name != null && name.contains(TASK_CONTAINER) && !name.endsWith("/proxy");
  }

  private void arrow(TraceEvent event, String arrow, String label) {
    if (event.target() == null) {
      note(event, event.source(), label);
      return;
    }
    String from = participant(event, event.source());
    String to = participant(event, event.target());
    statements.add(from + arrow + to + ": " + MermaidText.label(label));
  }

  private void note(TraceEvent event, String over, String text) {
    statements.add("Note over " + participant(event, over) + ": " + MermaidText.label(text));
  }

  /** The id of {@code raw} in the event's environment, declared on first use. */
  private String participant(TraceEvent event, String raw) {
    String name = qualify && event.environment() != null ? event.environment() + ":" + raw : raw;
    return ids.computeIfAbsent(name, this::newId);
  }

  private String newId(String name) {
    String base = MermaidText.id(name);
    String id = base;
    for (int n = 2; ids.containsValue(id); n++) {
      id = base + "_" + n;
    }
    return id;
  }

  private String text() {
    StringBuilder text = new StringBuilder("sequenceDiagram\n");
    ids.forEach(
        (name, id) ->
            text.append("  participant ")
                .append(id)
                .append(" as ")
                .append(MermaidText.label(name))
                .append('\n'));
    statements.forEach(statement -> text.append("  ").append(statement).append('\n'));
    return text.toString();
  }
}
