package dev.upsim.orchestrator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.orchestrator.scenario.ScenarioResult.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario of the library runs end to end: those in scenarios/ pass, scenarios/failing/ fail.
 */
class ScenarioLibraryTest {

  private static final ScenarioRunner RUNNER = new ScenarioRunner();

  static Stream<Path> passing() throws IOException {
    return ScenarioFiles.passing().stream();
  }

  static Stream<Path> failing() throws IOException {
    return ScenarioFiles.failing().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passing")
  void libraryScenarioPasses(Path file) {
    ScenarioResult result = RUNNER.run(file);

    assertThat(result.outcome()).as(summary(result)).isEqualTo(Outcome.PASSED);
    assertThat(result.exitCode()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failing")
  void failingScenarioFails(Path file) {
    ScenarioResult result = RUNNER.run(file);

    assertThat(result.outcome()).as(summary(result)).isEqualTo(Outcome.FAILED);
    assertThat(result.exitCode()).isEqualTo(1);
  }

  /** What went wrong in a run, for the assertion message. */
  static String summary(ScenarioResult result) {
    StringBuilder text = new StringBuilder(result.file() + ": " + result.outcome() + "\n");
    result.problems().forEach(problem -> text.append(problem.render()).append('\n'));
    if (result.configErrorCheck() != null) {
      text.append("expected ").append(result.configErrorCheck().expected());
      text.append("\ngot ").append(result.configErrorCheck().actual()).append('\n');
    }
    for (StepResult step : result.failedSteps()) {
      text.append("step ").append(step.index() + 1).append(" (").append(step.title()).append("): ");
      text.append(String.join("; ", step.mismatches()))
          .append("\n   actual: ")
          .append(step.actual());
      text.append('\n');
    }
    result.programFailures().forEach(failure -> text.append(failure.description()).append('\n'));
    return text.toString();
  }
}
