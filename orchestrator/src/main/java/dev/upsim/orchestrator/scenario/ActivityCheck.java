package dev.upsim.orchestrator.scenario;

import dev.upsim.orchestrator.activity.Activity;
import java.util.ArrayList;
import java.util.List;

/** Compares the task runs of an environment with an {@code expect-activities} list, in order. */
final class ActivityCheck {

  private ActivityCheck() {}

  /** Each run that differs, by its position from 1; empty when every run is as expected. */
  static List<String> mismatches(List<ActivityExpectation> expected, List<Activity> actual) {
    List<String> found = new ArrayList<>();
    for (int index = 0; index < Math.max(expected.size(), actual.size()); index++) {
      String run = "run " + (index + 1) + ": ";
      if (index >= actual.size()) {
        found.add(run + "expected " + expected.get(index).describe() + ", got no run");
      } else if (index >= expected.size()) {
        found.add(run + "got " + OutcomeText.activity(actual.get(index)) + ", not expected");
      } else if (!matches(expected.get(index), actual.get(index))) {
        found.add(
            run
                + "expected "
                + expected.get(index).describe()
                + ", got "
                + OutcomeText.activity(actual.get(index)));
      }
    }
    return found;
  }

  /** The runs as {@code expect-activities} would write them, one a line. */
  static String describe(List<Activity> runs) {
    if (runs.isEmpty()) {
      return "no task run";
    }
    List<String> lines = runs.stream().map(OutcomeText::activity).toList();
    return String.join("\n", lines);
  }

  /** The expected runs, one a line. */
  static String describeExpected(List<ActivityExpectation> runs) {
    if (runs.isEmpty()) {
      return "no task run";
    }
    return String.join("\n", runs.stream().map(ActivityExpectation::describe).toList());
  }

  private static boolean matches(ActivityExpectation expected, Activity run) {
    String result = run.result() == null ? null : run.result().word();
    return expected.matches(run.task(), run.state().word(), result);
  }
}
