package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.schedule.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** One step of a scenario, played in order. Every step may carry a name for reports. */
public sealed interface Step
    permits Step.Act, Step.Advance, Step.Settle, Step.Deploy, Step.ExpectActivities {

  /** The name written for the step, or null when it has none. */
  String name();

  /** Where the step starts in the scenario file. */
  SourceLocation at();

  /** What the step does, in a few words, for reports. */
  String describe();

  /**
   * A workload performs one action in one environment.
   *
   * @param as the workload that acts
   * @param in the environment it acts in (the scenario's first when the step names none)
   * @param asAt where the workload is named, for errors about it
   */
  record Act(
      String name, WorkloadId as, String in, Action action, SourceLocation at, SourceLocation asAt)
      implements Step {

    public Act {
      Objects.requireNonNull(as, "as");
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(action, "action");
    }

    @Override
    public String describe() {
      return as + " in " + in + ": " + action.describe();
    }
  }

  /** The virtual clock moves forward by {@code by}, running whatever comes due on the way. */
  record Advance(String name, Duration by, SourceLocation at) implements Step {

    @Override
    public String describe() {
      return "advance " + Durations.format(by);
    }
  }

  /** The clock moves only as far as needed for every run and program to end. */
  record Settle(String name, SourceLocation at) implements Step {

    @Override
    public String describe() {
      return "settle";
    }
  }

  /**
   * An environment is redeployed, with a changed configuration or its own.
   *
   * @param config the changed configuration, or null to redeploy the one it runs
   */
  record Deploy(String name, String environment, Path config, SourceLocation at) implements Step {

    @Override
    public String describe() {
      return "deploy " + environment + (config == null ? "" : " with " + config);
    }
  }

  /** Every task run of one environment, in creation order, must be as listed. */
  record ExpectActivities(
      String name, String in, List<ActivityExpectation> activities, SourceLocation at)
      implements Step {

    public ExpectActivities {
      activities = List.copyOf(activities);
    }

    @Override
    public String describe() {
      return "expect activities in " + in;
    }
  }
}
