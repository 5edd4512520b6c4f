package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.fixtures.TestConfig;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.Program;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade: clock, settle, errors for bad input. */
class SimulationTest {

  @Test
  void settleStopsAtTheHorizonWithAClearMessage() {
    var config =
        TestConfig.project()
            .app("admin", dev.upsim.auth.Grant.operateTask("export"))
            .task("export", Duration.ofDays(1))
            .build();
    Map<WorkloadId, Program> programs =
        Map.of(WorkloadId.task("export"), Program.of(sleep(Duration.ofHours(5))));
    SimulationSpec spec =
        SimulationSpec.of(config).withPrograms(programs).withSettings("settle.horizon = 1h");
    try (Simulation sim = Simulation.start(spec)) {
      sim.perform("main", ADMIN, trigger("export"));
      SettleResult result = sim.settle();

      assertThat(result.settled()).isFalse();
      assertThat(result.at()).isEqualTo(SimulationSpec.DEFAULT_START.plusSeconds(3600));
      assertThat(result.message()).contains("upsim.settle.horizon").contains("export--task--");
      assertThat(sim.trace()).anyMatch(e -> e.kind() == TraceKind.HORIZON_REACHED);
    }
  }

  @Test
  void aSleepPerformedAsAStepMovesTheClock() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      ActionOutcome outcome = sim.perform("main", ADMIN, sleep(Duration.ofMinutes(7)));

      assertThat(outcome).isEqualTo(ActionOutcome.DONE);
      assertThat(sim.now()).isEqualTo(SimulationSpec.DEFAULT_START.plusSeconds(420));
    }
  }

  @Test
  void aTaskActsThroughItsLatestRunInProgressOnly() {
    Map<WorkloadId, Program> programs =
        Map.of(WorkloadId.task("export"), Program.of(sleep(Duration.ofMinutes(5))));
    SimulationSpec spec = SimulationSpec.of(Academy.config()).withPrograms(programs);
    try (Simulation sim = Simulation.start(spec)) {
      ActionOutcome idle =
          sim.perform("main", WorkloadId.task("export"), new Action.Log("x", false));
      sim.perform("main", ADMIN, trigger("export"));
      ActionOutcome running =
          sim.perform("main", WorkloadId.task("export"), new Action.RequestToken(null, null, null));

      assertThat(idle.message()).contains("task:export has no run in progress");
      assertThat(running.claims().runId()).isEqualTo(sim.activities("main").get(0).id());
    }
  }

  @Test
  void anUnknownWorkloadOrEnvironmentIsNamedInTheError() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      ActionOutcome outcome = sim.perform("main", WorkloadId.app("nosuch"), trigger("export"));

      assertThat(outcome.message()).contains("no workload app:nosuch");
      assertThatThrownBy(() -> sim.activities("prod"))
          .hasMessageContaining("no environment prod")
          .hasMessageContaining("[main]");
    }
  }

  @Test
  void badSettingsAndSpecsStopTheStartWithTheirPlace() {
    SimulationSpec badSetting =
        SimulationSpec.of(Academy.config()).withSettings("chain.max-depth = 0");
    SimulationSpec badCron =
        SimulationSpec.of(
            TestConfig.project().app("clock").cron("clock", "x", "99 * * * *").build());

    assertThatThrownBy(() -> Simulation.start(badSetting))
        .hasMessageContaining("upsim.chain.max-depth");
    assertThatThrownBy(() -> Simulation.start(badCron))
        .hasMessageContaining("applications.clock.crons.x.spec");
    assertThatThrownBy(
            () -> SimulationSpec.of(Academy.config()).withEnvironments(Map.of("main", "prod")))
        .hasMessageContaining("valid types are [production, staging, development]");
  }

  @Test
  void anExitPerformedAsAStepIsDoneAtOnce() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      assertThat(sim.perform("main", ADMIN, new Action.Exit(1))).isEqualTo(ActionOutcome.DONE);
    }
  }

  @Test
  void theClockOnlyMovesForward() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      assertThatThrownBy(() -> sim.advance(Duration.ofSeconds(-1)))
          .hasMessageContaining("only moves forward");
    }
  }
}
