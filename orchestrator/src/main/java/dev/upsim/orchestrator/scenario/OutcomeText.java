package dev.upsim.orchestrator.scenario;

import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.Expectation;
import java.util.ArrayList;
import java.util.List;

/** Expectations, outcomes and task runs in the words reports show. */
final class OutcomeText {

  /** The text of a step that checks nothing. */
  static final String ANY_ANSWER = "any answer";

  private OutcomeText() {}

  /** What {@code expect} asks for: {@code status 403, reason missing-grant}. */
  static String expected(Expectation expect) {
    List<String> parts = new ArrayList<>();
    if (expect.status() != null) {
      parts.add("status " + expect.status());
    }
    if (expect.reason() != null) {
      parts.add("reason " + expect.reason());
    }
    if (expect.errorContains() != null) {
      parts.add("error containing \"" + expect.errorContains() + "\"");
    }
    if (expect.grants() != null) {
      parts.add("grants " + expect.grants());
    }
    if (expect.expiresIn() != null) {
      parts.add("expires in " + expect.expiresIn() + "s");
    }
    return parts.isEmpty() ? ANY_ANSWER : String.join(", ", parts);
  }

  /**
   * What an action got: {@code 202}, {@code 200, grants [env:view], expires in 60s}, or {@code 403
   * missing-grant: <the decision's explanation>}.
   */
  static String actual(ActionOutcome outcome) {
    if (outcome.status() == null) {
      return "not sent: " + outcome.message();
    }
    String answer = outcome.status() + (outcome.reason() == null ? "" : " " + outcome.reason());
    if (outcome.expiresIn() != null && outcome.claims() != null) {
      answer +=
          ", grants " + outcome.claims().grants() + ", expires in " + outcome.expiresIn() + "s";
    }
    String why = explanation(outcome);
    return why == null || outcome.succeeded() ? answer : answer + ": " + why;
  }

  /** A task run as {@code expect-activities} writes it: {@code export: complete success}. */
  static String activity(Activity run) {
    String result = run.result() == null ? "" : " " + run.result().word();
    return run.task() + ": " + run.state().word() + result;
  }

  private static String explanation(ActionOutcome outcome) {
    if (outcome.decision() != null && outcome.decision().explanation() != null) {
      return outcome.decision().explanation();
    }
    return outcome.message();
  }
}
