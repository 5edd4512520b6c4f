package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.check.Decision;
import dev.upsim.workloads.program.ActionOutcome;
import java.time.Instant;
import java.util.List;

/**
 * How one step of a scenario went: what it did, what was expected, what happened, and why.
 *
 * @param index the step's position in {@code steps:}, from 0
 * @param step the step as parsed, with its place in the file
 * @param actor the workload that acted ({@code app:admin}), or null for clock, deploy and activity
 *     steps
 * @param environment the environment the step acted on, or null when it acts on all (advance,
 *     settle)
 * @param action what the step did, in words: {@code trigger export}, {@code advance 5m}
 * @param expected what was expected, in words; {@code any answer} when the step checks nothing
 * @param actual what happened, in words; for a refusal it includes the decision's explanation
 * @param decision the token check's decision for an action, or null when none was made
 * @param outcome the action's full outcome (status, body, claims, token), or null for other steps
 * @param passed whether the step did what was expected
 * @param mismatches each way the step differed from what was expected, as "expected vs actual"
 * @param startedAt the virtual instant the step began
 * @param endedAt the virtual instant it ended (later than the start when the clock moved)
 * @param traceFrom the sequence number of the first trace event recorded during the step
 * @param traceTo the sequence number of the last one; below {@code traceFrom} when there was none
 */
public record StepResult(
    int index,
    Step step,
    String actor,
    String environment,
    String action,
    String expected,
    String actual,
    Decision decision,
    ActionOutcome outcome,
    boolean passed,
    List<String> mismatches,
    Instant startedAt,
    Instant endedAt,
    long traceFrom,
    long traceTo) {

  public StepResult {
    mismatches = List.copyOf(mismatches);
  }

  /** The step's name as written, or its action when it has none, for reports. */
  public String title() {
    return step.name() != null ? step.name() : step.describe();
  }

  /** Whether trace event {@code sequence} was recorded while this step played. */
  public boolean recorded(long sequence) {
    return sequence >= traceFrom && sequence <= traceTo;
  }
}
