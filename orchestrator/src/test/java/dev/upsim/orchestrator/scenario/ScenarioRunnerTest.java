package dev.upsim.orchestrator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.scenario.ScenarioResult.Outcome;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ConfigError;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {

  private static final Path RUN = Path.of("src/test/resources/scenario/run");
  private static final ScenarioRunner RUNNER = new ScenarioRunner();

  @Test
  void passingStepsRecordActorEnvironmentActionExpectedAndActual() {
    ScenarioResult result = run("refused-and-allowed.yaml");

    assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.exitCode()).isZero();
    StepResult refused = result.steps().get(0);
    assertThat(refused.title()).isEqualTo("storefront may not start an export");
    assertThat(refused.actor()).isEqualTo("app:storefront");
    assertThat(refused.environment()).isEqualTo("main");
    assertThat(refused.action()).isEqualTo("trigger export");
    assertThat(refused.expected()).isEqualTo("status 403, reason missing-grant");
    assertThat(refused.actual())
        .isEqualTo(
            "403 missing-grant: refused: app:storefront holds no grants (no authorizations"
                + " declared); task:operate:export would be needed");
    assertThat(refused.decision().allowed()).isFalse();
    assertThat(refused.outcome().status()).isEqualTo(403);
    assertThat(refused.passed()).isTrue();
  }

  @Test
  void failedStepShowsExpectedAgainstActualWithTheExplanation() {
    ScenarioResult result = run("wrong-status.yaml");

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.exitCode()).isEqualTo(1);
    StepResult step = result.failedSteps().get(0);
    assertThat(step.mismatches()).containsExactly("status: expected 202, got 403");
    assertThat(step.expected()).isEqualTo("status 202");
    assertThat(step.actual()).startsWith("403 missing-grant: refused: app:storefront holds no");
  }

  @Test
  void aFailedStepIsNotCountedAgainAsAProgramFailure() {
    assertThat(run("wrong-status.yaml").programFailures()).isEmpty();
  }

  @Test
  void aFailedExpectationInsideAProgramFailsTheRunAndNamesItsRun() {
    ScenarioResult result = run("program-expectation-fails.yaml");

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.steps()).allMatch(StepResult::passed);
    ProgramFailure failure = result.programFailures().get(0);
    assertThat(failure.run()).startsWith("export--task--");
    assertThat(failure.environment()).isEqualTo("main");
    assertThat(failure.description())
        .contains("of task:export, step 2 (trigger cleanup): status: expected 202, got 403");
    assertThat(failure.duringStep()).isZero();
    assertThat(result.programFailures()).hasSize(1);
  }

  @Test
  void stepsRecordTheVirtualTimeTheyTook() {
    ScenarioResult result = run("refused-and-allowed.yaml");

    StepResult advance = result.steps().get(2);
    assertThat(advance.action()).isEqualTo("advance 1h");
    assertThat(Duration.between(advance.startedAt(), advance.endedAt()))
        .isEqualTo(Duration.ofHours(1));
    assertThat(result.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(result.end()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
  }

  @Test
  void eachStepKnowsWhichTraceEventsItCaused() {
    ScenarioResult result = run("refused-and-allowed.yaml");

    StepResult allowed = result.steps().get(1);
    List<TraceEvent> caused =
        result.trace().stream().filter(event -> allowed.recorded(event.sequence())).toList();
    assertThat(caused).isNotEmpty();
    assertThat(caused)
        .extracting(TraceEvent::kind)
        .contains(TraceKind.TOKEN_ISSUED, TraceKind.API_ANSWERED, TraceKind.ACTIVITY_CHANGED);
    assertThat(result.steps().get(2).traceTo()).isLessThan(result.steps().get(2).traceFrom());
  }

  @Test
  void theResultHoldsTheFinalActivitiesAndTheWholeTrace() {
    ScenarioResult result = run("two-environments.yaml");

    assertThat(result.activities().keySet()).containsExactly("main", "pr-4");
    assertThat(result.activities().get("pr-4"))
        .extracting(OutcomeText::activity)
        .containsExactly("export: complete success");
    assertThat(result.traceJsonLines().lines()).hasSize(result.trace().size());
    assertThat(result.steps().get(1).environment()).isEqualTo("pr-4");
  }

  @Test
  void expectedActivitiesThatDifferAreListedRunByRun() {
    List<ActivityExpectation> expected =
        List.of(
            new ActivityExpectation("export", "complete", "success", null),
            new ActivityExpectation("cleanup", "pending", null, null));
    List<Activity> actual = run("two-environments.yaml").activities().get("main");

    assertThat(ActivityCheck.mismatches(expected, actual))
        .containsExactly("run 2: expected cleanup: pending, got no run");
    assertThat(ActivityCheck.mismatches(List.of(), actual))
        .containsExactly("run 1: got export: complete success, not expected");
  }

  @Test
  void aStepThatCannotBeSentFails() {
    StepResult step = run("task-without-run.yaml").steps().get(0);

    assertThat(step.passed()).isFalse();
    assertThat(step.mismatches())
        .containsExactly(
            "could not be sent: task:export has no run in progress in main: trigger it first");
  }

  @Test
  void settleThatReachesItsHorizonFails() {
    ScenarioResult result = run("never-settles.yaml");

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.steps().get(1).actual())
        .startsWith("settle stopped at 2026-01-01T01:00:00Z because the settle horizon");
  }

  @Test
  void theExpectedConfigErrorPassesWithoutPlayingAnything() {
    ScenarioResult result = run("expects-config-error.yaml");

    assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.configErrorCheck().passed()).isTrue();
    assertThat(result.configErrorCheck().expected())
        .isEqualTo(
            "a configuration error at line 9:9 containing \"crons cannot declare"
                + " authorizations\"");
    assertThat(result.steps()).isEmpty();
  }

  @Test
  void aConfigErrorElsewhereThanExpectedFails() {
    ScenarioResult result = run("expects-another-config-error.yaml");

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.configErrorCheck().actual())
        .contains("config.yaml:9:9: applications.admin.crons.nightly.authorizations");
  }

  @Test
  void aConfigurationThatLoadsFailsAScenarioExpectingItsRejection() {
    ScenarioResult result = run("expects-config-error-of-good-config.yaml");

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.configErrorCheck().actual())
        .isEqualTo("the configuration loaded without errors");
  }

  @Test
  void aRejectedConfigurationMakesTheRunUnusableWithItsErrors() {
    ScenarioResult result = run("config-rejected.yaml");

    assertThat(result.outcome()).isEqualTo(Outcome.UNUSABLE);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.problems())
        .extracting(ConfigError::keyPath)
        .containsExactly("applications.admin.crons.nightly.authorizations");
    assertThat(result.steps()).isEmpty();
  }

  @Test
  void undeclaredWorkloadsAreUnusableWithTheNearestNameSuggested() {
    List<ConfigError> problems = run("undeclared-workload.yaml").problems();

    assertThat(problems)
        .extracting(error -> error.at().line() + ":" + error.at().column() + " " + error.problem())
        .containsExactly(
            "4:3 the configuration declares no workload 'task:exprot' (did you mean"
                + " 'task:export'?)",
            "7:9 the configuration declares no workload 'app:admn' (did you mean 'app:admin'?)");
    assertThat(problems.get(1).valid())
        .isEqualTo("one of: app:admin, app:storefront, task:export, task:cleanup");
  }

  @Test
  void aBadSettingValueIsUnusableAtThatSetting() {
    List<ConfigError> problems = run("bad-setting-value.yaml").problems();

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).at().line()).isEqualTo(4);
    assertThat(problems.get(0).keyPath()).isEqualTo("settings.tasks.max-concurrent-runs");
    assertThat(problems.get(0).problem()).contains("expected a whole number of at least 1");
  }

  @Test
  void aDeployOfAConfigurationThatDoesNotLoadIsUnusableBeforeAnythingRuns() {
    ScenarioResult result = run("broken-deploy-config.yaml");

    assertThat(result.outcome()).isEqualTo(Outcome.UNUSABLE);
    assertThat(result.problems().get(0).at().file()).contains("broken-config");
    assertThat(result.trace()).isEmpty();
  }

  @Test
  void aBrokenScenarioFileIsUnusableAndNamedByItsFile() {
    Path file = ScenarioParserErrorTest.BROKEN.resolve("step-with-two-actions.yaml");

    ScenarioResult result = RUNNER.run(file);

    assertThat(result.outcome()).isEqualTo(Outcome.UNUSABLE);
    assertThat(result.scenario()).isNull();
    assertThat(result.name()).isEqualTo("step-with-two-actions.yaml");
    assertThat(result.problems()).hasSize(1);
  }

  @Test
  void theSameSeedGivesTheSameTraceByteForByte() {
    Path file = ScenarioFiles.LIBRARY.resolve("quickstart.yaml");

    assertThat(RUNNER.run(file).traceJsonLines()).isEqualTo(RUNNER.run(file).traceJsonLines());
  }

  @Test
  void aSeedOverrideReplacesTheScenariosSeed() {
    Path file = ScenarioFiles.LIBRARY.resolve("quickstart.yaml");

    ScenarioResult own = RUNNER.run(file);
    ScenarioResult other = RUNNER.run(file, 8);

    assertThat(own.seed()).isEqualTo(7);
    assertThat(other.seed()).isEqualTo(8);
    assertThat(other.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(runIds(other)).isNotEqualTo(runIds(own));
  }

  private static List<String> runIds(ScenarioResult result) {
    return result.activities().get("main").stream().map(Activity::id).toList();
  }

  private static ScenarioResult run(String file) {
    return RUNNER.run(RUN.resolve(file));
  }
}
