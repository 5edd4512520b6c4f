package dev.upsim.orchestrator.report;

import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.check.Reason;
import dev.upsim.orchestrator.report.TimelineRow.Detail;
import dev.upsim.orchestrator.report.TimelineRow.Tone;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns trace events into the rows of a timeline a person can follow.
 *
 * <p>By default a request and its answer make one row (the answer and its reasons beneath), a
 * container and its proxy start or stop as one row, and three or more containers starting or
 * stopping together make a single row. Verbose rows show every event as it was recorded.
 */
public final class Timeline {

  /** From this many containers on, starting or stopping together is shown as one row. */
  private static final int COLLAPSE_FROM = 3;

  private static final String PROXY = "/proxy";
  private static final String SUPERVISOR = "supervisor";
  private static final String PROJECT = "project";

  private final List<TraceEvent> events;
  private final boolean qualify;
  private final boolean[] shown;
  private final List<TimelineRow> rows = new ArrayList<>();

  private Timeline(List<TraceEvent> events, boolean qualify) {
    this.events = List.copyOf(events);
    this.qualify = qualify;
    this.shown = new boolean[events.size()];
  }

  /**
   * The rows for {@code events}, in order.
   *
   * @param qualify whether names carry their environment ({@code staging:admin}), for runs in more
   *     than one environment
   * @param verbose whether every event gets its own row, as recorded
   */
  public static List<TimelineRow> rows(List<TraceEvent> events, boolean qualify, boolean verbose) {
    Timeline timeline = new Timeline(events, qualify);
    for (int i = 0; i < events.size(); i++) {
      if (!timeline.shown[i]) {
        if (verbose) {
          timeline.addVerbose(i);
        } else {
          timeline.add(i);
        }
      }
    }
    return List.copyOf(timeline.rows);
  }

  private void add(int i) {
    TraceEvent event = events.get(i);
    switch (event.kind()) {
      case TOKEN_REQUESTED:
        addTokenExchange(i);
        break;
      case API_REQUESTED:
        addApiExchange(i);
        break;
      case SPAWNED:
      case STOPPED:
        addLifecycle(i);
        break;
      case DEPLOYED:
        addRow(i, environmentOf(event), event.content(), Tone.NORMAL, List.of());
        break;
      case LOG_WRITTEN:
        addRow(i, actors(event), "log: " + event.content(), Tone.NORMAL, List.of());
        break;
      case LOOP_DETECTED:
        addRow(i, actors(event), "warning, " + event.content(), Tone.REFUSED, List.of());
        break;
      case EXPECTATION_FAILED:
      case HORIZON_REACHED:
        addRow(i, actors(event), event.content(), Tone.REFUSED, List.of());
        break;
      default:
        addRow(i, actors(event), event.content(), Tone.NORMAL, decisionDetails(event));
    }
  }

  private void addVerbose(int i) {
    TraceEvent event = events.get(i);
    String text = event.kind().code() + ": " + event.content();
    addRow(i, actors(event), text, Tone.NORMAL, decisionDetails(event));
  }

  /** A token request with the proxy's answer beneath. */
  private void addTokenExchange(int i) {
    TraceEvent asked = events.get(i);
    String text = tokenAsked(asked);
    int j = answerTo(i, TraceKind.TOKEN_ISSUED, TraceKind.TOKEN_REFUSED);
    List<Detail> details = j < 0 ? List.of() : tokenAnswer(events.get(j));
    addRow(i, actors(asked), text, Tone.NORMAL, details);
  }

  /**
   * A token request in short: {@code token (default lifetime)}, {@code token (ttl 60s)}; the
   * recorded text when it is not in the runtime's usual form.
   */
  static String tokenAsked(TraceEvent asked) {
    String prefix = "token asked, ";
    String content = asked.content();
    if (!content.startsWith(prefix)) {
      return content;
    }
    return "token (" + content.substring(prefix.length()).replace("x-token-", "") + ")";
  }

  private List<Detail> tokenAnswer(TraceEvent answer) {
    if (answer.kind() == TraceKind.TOKEN_ISSUED) {
      return List.of(new Detail("issued " + answer.content(), Tone.ALLOWED));
    }
    return decisionDetails(answer);
  }

  /** An API request with the answer and, for a refusal, its reasons beneath. */
  private void addApiExchange(int i) {
    TraceEvent asked = events.get(i);
    int j = answerTo(i, TraceKind.API_ANSWERED);
    List<Detail> details = j < 0 ? List.of() : decisionDetails(events.get(j));
    addRow(i, actors(asked), asked.content(), Tone.NORMAL, details);
  }

  /**
   * The answer's summary ({@code 202}, {@code 403 missing-grant}) with the decision's explanation,
   * and for a missing grant what the caller holds and where each grant was declared (for other
   * refusals the grants are beside the point: the token is wrong, not the configuration).
   */
  private static List<Detail> decisionDetails(TraceEvent answer) {
    Decision decision = answer.decision();
    if (decision == null) {
      return answer.kind() == TraceKind.API_ANSWERED
          ? List.of(new Detail(answer.content(), toneOfAnswer(answer)))
          : List.of();
    }
    Tone tone = decision.allowed() ? Tone.ALLOWED : Tone.REFUSED;
    String summary = answer.kind() == TraceKind.TOKEN_ISSUED ? "" : answer.content() + " ";
    List<Detail> details = new ArrayList<>();
    details.add(new Detail(summary + decision.explanation(), tone));
    if (decision.reason() == Reason.MISSING_GRANT && !decision.held().isEmpty()) {
      details.add(new Detail("held: " + describe(decision.held()), Tone.NORMAL));
    }
    return details;
  }

  private static Tone toneOfAnswer(TraceEvent answer) {
    return answer.content().startsWith("2") ? Tone.ALLOWED : Tone.REFUSED;
  }

  private static String describe(List<HeldGrant> held) {
    return held.stream().map(HeldGrant::describe).collect(Collectors.joining(", "));
  }

  /** Containers starting or stopping: their proxies folded in, three or more in one row. */
  private void addLifecycle(int i) {
    TraceEvent event = events.get(i);
    if (PROJECT.equals(event.source())) {
      addRow(i, environmentOf(event), event.content(), Tone.NORMAL, List.of());
      return;
    }
    List<Integer> containers = containersChangingFrom(i, event.kind());
    if (containers.size() >= COLLAPSE_FROM) {
      addCollapsed(containers, event.kind());
    } else if (containers.isEmpty()) {
      addRow(i, actors(event), event.content(), Tone.MUTED, List.of());
    } else {
      containers.forEach(this::addContainer);
    }
  }

  /**
   * The container events of {@code kind} that follow one another from {@code i}, their proxies'
   * events marked as shown since the container's row speaks for them.
   */
  private List<Integer> containersChangingFrom(int i, TraceKind kind) {
    List<Integer> containers = new ArrayList<>();
    String environment = events.get(i).environment();
    for (int k = i; k < events.size() && sameChange(k, kind, environment); k++) {
      TraceEvent event = events.get(k);
      if (SUPERVISOR.equals(event.source())) {
        containers.add(k);
      } else if (!isProxyOf(event)) {
        break;
      }
    }
    return containers;
  }

  private boolean sameChange(int k, TraceKind kind, String environment) {
    TraceEvent event = events.get(k);
    return !shown[k] && event.kind() == kind && Objects.equals(event.environment(), environment);
  }

  private void addContainer(int i) {
    TraceEvent container = events.get(i);
    if (container.kind() == TraceKind.STOPPED) {
      markProxyEvent(i, TraceKind.STOPPED);
      addRow(
          i,
          name(container, container.target()),
          "stopped: " + container.content(),
          Tone.MUTED,
          List.of());
      return;
    }
    int proxy = markProxyEvent(i, TraceKind.SPAWNED);
    String holding = proxy < 0 ? "" : ", " + events.get(proxy).content();
    addRow(i, name(container, container.target()), "started" + holding, Tone.MUTED, List.of());
  }

  private void addCollapsed(List<Integer> containers, TraceKind kind) {
    List<String> names = new ArrayList<>();
    for (int k : containers) {
      markProxyEvent(k, kind);
      shown[k] = true;
      names.add(events.get(k).target());
    }
    TraceEvent first = events.get(containers.get(0));
    String verb = kind == TraceKind.SPAWNED ? "started " : "stopped ";
    String why = kind == TraceKind.STOPPED ? ": " + first.content() : "";
    String text = verb + String.join(", ", names) + why;
    rows.add(TimelineRow.of(first.at(), environmentOf(first), text, Tone.MUTED));
  }

  /** Marks the proxy event of the container event at {@code i} as shown; -1 when there is none. */
  private int markProxyEvent(int i, TraceKind kind) {
    String container = events.get(i).target();
    for (int k = Math.max(0, i - 1); k < events.size() && k <= i + 1; k++) {
      TraceEvent event = events.get(k);
      if (!shown[k]
          && event.kind() == kind
          && container.equals(event.source())
          && isProxyOf(event)) {
        shown[k] = true;
        return k;
      }
    }
    return -1;
  }

  private static boolean isProxyOf(TraceEvent event) {
    return (event.source() + PROXY).equals(event.target());
  }

  /** The first answer after {@code i} that goes back to whoever asked, or -1. */
  private int answerTo(int i, TraceKind... kinds) {
    TraceEvent asked = events.get(i);
    for (int j = i + 1; j < events.size(); j++) {
      TraceEvent event = events.get(j);
      if (!shown[j] && List.of(kinds).contains(event.kind()) && answers(event, asked)) {
        shown[j] = true;
        return j;
      }
    }
    return -1;
  }

  private static boolean answers(TraceEvent answer, TraceEvent asked) {
    return answer.source().equals(asked.target())
        && asked.source().equals(answer.target())
        && Objects.equals(answer.environment(), asked.environment());
  }

  private void addRow(int i, String actors, String text, Tone tone, List<Detail> details) {
    shown[i] = true;
    rows.add(new TimelineRow(events.get(i).at(), actors, text, tone, details));
  }

  private String actors(TraceEvent event) {
    String source = name(event, event.source());
    return event.target() == null ? source : source + " -> " + name(event, event.target());
  }

  private static String environmentOf(TraceEvent event) {
    return event.environment() == null ? PROJECT : event.environment();
  }

  private String name(TraceEvent event, String raw) {
    String known = raw == null ? "project" : raw;
    return qualify && event.environment() != null ? event.environment() + ":" + known : known;
  }
}
