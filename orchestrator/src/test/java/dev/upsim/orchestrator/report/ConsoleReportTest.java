package dev.upsim.orchestrator.report;

import static dev.upsim.orchestrator.report.TraceBuilder.own;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.check.Reason;
import dev.upsim.orchestrator.scenario.ConfigErrorCheck;
import dev.upsim.orchestrator.scenario.ProgramFailure;
import dev.upsim.orchestrator.scenario.ScenarioResult;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Program;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

  private final ConsoleReport report = new ConsoleReport(Palette.PLAIN, false);

  @Test
  void aPassingScenarioShowsItsSetUpEachStepWithItsEventsAndASummary() {
    var trace =
        new TraceBuilder()
            .started("admin", "[env:view]")
            .token("admin", "[env:view]")
            .allowed("admin", "POST /run", 202, "allowed: app:admin holds it")
            .events();
    var step =
        Results.trigger(
            0,
            "admin starts an export",
            "app:admin",
            "export",
            "status 202",
            "202",
            null,
            List.of(),
            3,
            6);
    var result =
        Results.ran(Results.scenario("Exports", Map.of()), List.of(step), List.of(), trace);

    assertThat(report.scenario(result))
        .containsExactly(
            "Exports",
            "      scenarios/hand-built.yaml, seed 7",
            "      set-up",
            "      +00:00:00  admin                 started, proxy holding [env:view]",
            "PASS  1. admin starts an export",
            "      app:admin in main: trigger export, expects status 202",
            "      +00:00:00  admin -> admin/proxy  token (default lifetime)",
            "                                       issued token admin.1 for 60s carrying"
                + " [env:view]",
            "      +00:00:00  admin -> api          POST /run",
            "                                       202 allowed: app:admin holds it",
            "PASSED  Exports: 1 step passed (virtual time +00:00:00)");
  }

  @Test
  void aFailedStepShowsExpectedAgainstActualAndWhatTheCallerHeld() {
    var held = List.of(own(Grant.ENV_VIEW, 16));
    var trace =
        new TraceBuilder()
            .refused("cleanup", "POST /run", Grant.operateTask("export"), held)
            .events();
    var decision =
        Decision.refuse(Reason.MISSING_GRANT, Grant.operateTask("export"), null, held, "refused");
    var step =
        Results.trigger(
            0,
            "cleanup starts an export",
            "task:cleanup",
            "export",
            "status 202",
            "403 missing-grant: refused",
            decision,
            List.of("status: expected 202, got 403"),
            1,
            2);
    var result = Results.ran(Results.scenario("Wrong", Map.of()), List.of(step), List.of(), trace);

    List<String> lines = report.scenario(result);

    assertThat(lines).contains("FAIL  1. cleanup starts an export");
    assertThat(lines)
        .containsSubsequence(
            "      expected  status 202",
            "      actual    403 missing-grant: refused",
            "      held      env:view (own, config.yaml:16)",
            "FAILED  Wrong: 1 of 1 step failed (virtual time +00:00:00)");
  }

  @Test
  void severalDifferencesAreListedOneALine() {
    var step =
        Results.trigger(
            0,
            "two wrong",
            "app:admin",
            "export",
            "status 202, reason x",
            "403 missing-grant",
            null,
            List.of("status: expected 202, got 403", "reason: expected x, got missing-grant"),
            1,
            0);
    var result =
        Results.ran(Results.scenario("Two", Map.of()), List.of(step), List.of(), List.of());

    assertThat(report.scenario(result))
        .containsSubsequence(
            "      actual    403 missing-grant",
            "        - status: expected 202, got 403",
            "        - reason: expected x, got missing-grant");
  }

  @Test
  void anUnusableScenarioPrintsEachProblemLikeABrokenConfiguration() {
    var result =
        Results.unusable(
            "broken.yaml",
            Results.error("scenarios/broken.yaml", "steps[0].as", "unknown workload", "app:admin"));

    assertThat(report.scenario(result))
        .containsExactly(
            "broken.yaml",
            "      scenarios/broken.yaml",
            "      scenarios/broken.yaml:3:5: steps[0].as: unknown workload",
            "          valid: app:admin",
            "UNUSABLE  broken.yaml: 1 problem in the input, nothing ran");
  }

  @Test
  void aConfigurationRejectedAsExpectedPasses() {
    var check =
        new ConfigErrorCheck(
            "an error containing \"cron\"", "config.yaml:9:9: cron", true, List.of());

    assertThat(report.scenario(Results.configRejected(check)))
        .containsSubsequence(
            "PASS  the configuration is rejected",
            "      expected  an error containing \"cron\"",
            "      actual    config.yaml:9:9: cron",
            "PASSED  the cron may not declare authorizations: rejected as expected");
  }

  @Test
  void failedExpectationsInsideProgramsAreListedAndFailTheScenario() {
    var trace =
        new TraceBuilder()
            .event("export--task--1a2b", null, TraceKind.EXPECTATION_FAILED, "status: 403")
            .events();
    var failure =
        new ProgramFailure(
            1,
            TraceBuilder.START,
            "main",
            "export--task--1a2b",
            "status: expected 202, got 403",
            0);
    var scenario = Results.scenario("Programs", Map.of(WorkloadId.task("export"), Program.EMPTY));
    ScenarioResult result =
        Results.ran(scenario, List.of(Results.settle(0, 1, 1)), List.of(failure), trace);

    assertThat(report.scenario(result))
        .containsSubsequence(
            "PASS  1. settle",
            "      +00:00:00  export--task--1a2b  status: 403",
            "FAIL  expectations inside programs",
            "      export--task--1a2b (step 1): status: expected 202, got 403",
            "FAILED  Programs: 1 step passed, 1 program expectation failed"
                + " (virtual time +00:00:00)");
  }

  @Test
  void theTotalCountsScenariosByOutcome() {
    var passed = Results.ran(Results.scenario("A", Map.of()), List.of(), List.of(), List.of());
    var unusable = Results.unusable("b.yaml");

    assertThat(report.total(List.of(passed))).isEqualTo("1 scenario: 1 passed");
    assertThat(report.total(List.of(passed, unusable, unusable)))
        .isEqualTo("3 scenarios: 1 passed, 2 unusable");
  }

  @Test
  void thePaletteMarksPassAndFail() {
    Palette brackets = new Palette(s -> "*" + s, s -> "<" + s + ">", s -> "[" + s + "]", s -> s);
    var passed = Results.ran(Results.scenario("A", Map.of()), List.of(), List.of(), List.of());

    List<String> lines = new ConsoleReport(brackets, false).scenario(passed);

    assertThat(lines.get(0)).isEqualTo("*A");
    assertThat(lines.get(lines.size() - 1)).startsWith("<PASSED>  A: ");
    assertThat(new ConsoleReport(brackets, false).total(List.of(Results.unusable("b.yaml"))))
        .isEqualTo("[1 scenario: 0 passed, 1 unusable]");
  }
}
