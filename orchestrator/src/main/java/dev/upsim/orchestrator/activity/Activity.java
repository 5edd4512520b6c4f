package dev.upsim.orchestrator.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One task run as an activity of type {@code environment.task}: an immutable snapshot, replaced
 * whole at every change.
 *
 * @param id the activity id, drawn from the run's seed
 * @param task the task's name ({@code parameters.task})
 * @param container the run's container, {@code <task>--task--<first 8 characters of the id>}
 * @param result set only when {@code state} is {@link State#COMPLETE}
 * @param variables the run request's {@code variables.env}
 * @param chain the tasks from the root of the run's chain to this run
 * @param triggeredBy the workload whose token triggered the run, for example {@code app:shop}
 * @param log the run's output so far
 */
public record Activity(
    String id,
    String task,
    String container,
    State state,
    Result result,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt,
    Map<String, String> variables,
    RunChain chain,
    String triggeredBy,
    List<LogLine> log) {

  /** The states of an activity, in the order a run goes through them. */
  public enum State {
    PENDING,
    IN_PROGRESS,
    COMPLETE,
    CANCELLED;

    /** The word the API uses: {@code pending}, {@code in_progress}, ... */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How a complete run ended. */
  public enum Result {
    SUCCESS,
    FAILURE;

    /** The word the API uses: {@code success} or {@code failure}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Activity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    variables = Collections.unmodifiableMap(new TreeMap<>(variables));
    log = List.copyOf(log);
  }

  /** A new run, pending until it may start. */
  public static Activity pending(
      String id,
      String task,
      Instant now,
      Map<String, String> variables,
      RunChain chain,
      String triggeredBy) {
    String container = task + "--task--" + id.substring(0, 8);
    return new Activity(
        id,
        task,
        container,
        State.PENDING,
        null,
        now,
        null,
        null,
        variables,
        chain,
        triggeredBy,
        List.of());
  }

  /** Whether the run has not ended yet: pending or in progress. */
  public boolean isActive() {
    return state == State.PENDING || state == State.IN_PROGRESS;
  }

  /** This run, started at {@code now}. */
  public Activity started(Instant now) {
    return new Activity(
        id,
        task,
        container,
        State.IN_PROGRESS,
        null,
        createdAt,
        now,
        null,
        variables,
        chain,
        triggeredBy,
        log);
  }

  /** This run, complete at {@code now} with {@code result}. */
  public Activity completed(Instant now, Result result) {
    return ended(now, State.COMPLETE, result);
  }

  /** This run, cancelled at {@code now}. */
  public Activity cancelled(Instant now) {
    return ended(now, State.CANCELLED, null);
  }

  private Activity ended(Instant now, State end, Result result) {
    return new Activity(
        id,
        task,
        container,
        end,
        result,
        createdAt,
        startedAt,
        now,
        variables,
        chain,
        triggeredBy,
        log);
  }

  /** This run with {@code line} added to its output. */
  public Activity withLine(LogLine line) {
    List<LogLine> longer = new ArrayList<>(log);
    longer.add(line);
    return new Activity(
        id,
        task,
        container,
        state,
        result,
        createdAt,
        startedAt,
        completedAt,
        variables,
        chain,
        triggeredBy,
        longer);
  }

  /** The state as one word, with the result when complete: {@code complete (success)}. */
  public String describeState() {
    return state == State.COMPLETE ? state.word() + " (" + result.word() + ")" : state.word();
  }
}
