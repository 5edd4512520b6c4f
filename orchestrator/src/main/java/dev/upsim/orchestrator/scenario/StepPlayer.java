package dev.upsim.orchestrator.scenario;

import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.simulation.SettleResult;
import dev.upsim.orchestrator.simulation.Simulation;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plays the steps of a scenario on a running simulation, one after the other, and judges each. When
 * the simulation cannot play a step at all (it throws), that step fails with the reason and the
 * steps after it are not played, since the simulation's state is no longer known.
 */
final class StepPlayer {

  private final Simulation simulation;
  private final Map<Path, ProjectConfig> deployConfigs;

  /** What one step did, before its place and times are added. */
  private record Played(
      String actor,
      String environment,
      String action,
      String expected,
      String actual,
      ActionOutcome outcome,
      List<String> mismatches,
      boolean crashed) {

    /** A step that passed or failed on its merits. */
    Played(
        String actor,
        String environment,
        String action,
        String expected,
        String actual,
        ActionOutcome outcome,
        List<String> mismatches) {
      this(actor, environment, action, expected, actual, outcome, mismatches, false);
    }
  }

  StepPlayer(Simulation simulation, Map<Path, ProjectConfig> deployConfigs) {
    this.simulation = simulation;
    this.deployConfigs = deployConfigs;
  }

  /** Plays every step in order; after a step the simulation could not play, none is played. */
  List<StepResult> playAll(List<Step> steps) {
    List<StepResult> results = new ArrayList<>();
    String stopped = null;
    for (int index = 0; index < steps.size(); index++) {
      Step step = steps.get(index);
      Instant started = simulation.now();
      long traceFrom = simulation.trace().size() + 1L;
      Played played = stopped == null ? attempt(step) : failed(step, stopped, false);
      results.add(result(index, step, played, started, traceFrom, simulation.trace().size()));
      if (played.crashed()) {
        stopped = "not played: step " + (index + 1) + " could not be played";
      }
    }
    return results;
  }

  private Played attempt(Step step) {
    try {
      return playOne(step);
    } catch (RuntimeException crash) {
      return failed(step, "the simulation could not play this step: " + crash.getMessage(), true);
    }
  }

  private static Played failed(Step step, String why, boolean crashed) {
    return new Played(null, null, step.describe(), "", why, null, List.of(why), crashed);
  }

  private Played playOne(Step step) {
    if (step instanceof Step.Act act) {
      return act(act);
    }
    if (step instanceof Step.Advance advance) {
      simulation.advance(advance.by());
      return done(step, null, "the clock reads " + simulation.now());
    }
    if (step instanceof Step.Settle) {
      return settle(step);
    }
    if (step instanceof Step.Deploy deploy) {
      simulation.deploy(deploy.environment(), deployConfigs.get(deploy.config()));
      return done(step, deploy.environment(), "deployed " + deploy.environment());
    }
    return expectActivities((Step.ExpectActivities) step);
  }

  private Played act(Step.Act act) {
    ActionOutcome outcome = simulation.perform(act.in(), act.as(), unchecked(act.action()));
    List<String> mismatches =
        outcome.status() == null
            ? List.of("could not be sent: " + outcome.message())
            : act.action().expect().mismatches(outcome);
    return new Played(
        act.as().toString(),
        act.in(),
        act.action().describe(),
        OutcomeText.expected(act.action().expect()),
        OutcomeText.actual(outcome),
        outcome,
        mismatches);
  }

  /**
   * The action without its expectation. The step judges its outcome itself; left in, the runtime
   * would check it too and record a failure in the trace that reads like a program's.
   */
  private static Action unchecked(Action action) {
    if (action instanceof Action.RequestToken token) {
      return new Action.RequestToken(token.ttlSeconds(), token.saveAs(), null);
    }
    if (action instanceof Action.Call call) {
      return new Action.Call(call.method(), call.path(), call.bodyJson(), call.token(), null);
    }
    if (action instanceof Action.Trigger trigger) {
      return new Action.Trigger(trigger.task(), trigger.variables(), null);
    }
    if (action instanceof Action.Cancel cancel) {
      return new Action.Cancel(cancel.task(), null);
    }
    return action;
  }

  private Played settle(Step step) {
    SettleResult settled = simulation.settle();
    List<String> mismatches = settled.settled() ? List.of() : List.of(settled.message());
    String expected = "every task run and cron ends";
    return new Played(null, null, step.describe(), expected, settled.message(), null, mismatches);
  }

  private Played expectActivities(Step.ExpectActivities step) {
    List<Activity> runs = simulation.activities(step.in());
    return new Played(
        null,
        step.in(),
        step.describe(),
        ActivityCheck.describeExpected(step.activities()),
        ActivityCheck.describe(runs),
        null,
        ActivityCheck.mismatches(step.activities(), runs));
  }

  private static Played done(Step step, String environment, String actual) {
    return new Played(null, environment, step.describe(), "", actual, null, List.of());
  }

  private StepResult result(
      int index, Step step, Played played, Instant started, long traceFrom, long traceTo) {
    ActionOutcome outcome = played.outcome();
    return new StepResult(
        index,
        step,
        played.actor(),
        played.environment(),
        played.action(),
        played.expected(),
        played.actual(),
        outcome == null ? null : outcome.decision(),
        outcome,
        played.mismatches().isEmpty(),
        played.mismatches(),
        started,
        simulation.now(),
        traceFrom,
        traceTo);
  }
}
