package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.fixtures.TestConfig;
import dev.upsim.workloads.program.Program;
import java.time.Duration;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SystemAheadTest {

  @AfterEach
  void stopWhatNoTestTook() {
    ActorSystem<Void> left = SystemAhead.take();
    if (left != null) {
      left.terminate();
    }
  }

  @Test
  void theSystemMadeAheadIsTakenOnceAndThenNoMore() {
    SystemAhead.start();
    SystemAhead.start();

    ActorSystem<Void> taken = SystemAhead.take();
    try {
      assertThat(taken.name()).isEqualTo("upsim");
      assertThat(SystemAhead.take()).isNull();
    } finally {
      taken.terminate();
    }
  }

  @Test
  void nothingIsTakenWhenNothingWasStarted() {
    assertThat(SystemAhead.take()).isNull();
  }

  @Test
  void aSimulationStartsInTheSystemMadeAheadWithItsOwnSettings() {
    Map<WorkloadId, Program> programs =
        Map.of(WorkloadId.task("export"), Program.of(sleep(Duration.ofHours(5))));
    var config =
        TestConfig.project()
            .app("admin", Grant.operateTask("export"))
            .task("export", Duration.ofDays(1))
            .build();
    SimulationSpec spec =
        SimulationSpec.of(config).withPrograms(programs).withSettings("settle.horizon = 1h");
    SystemAhead.start();

    try (Simulation sim = Simulation.start(spec)) {
      assertThat(SystemAhead.take()).as("taken by the simulation").isNull();
      sim.perform("main", ADMIN, trigger("export"));
      SettleResult result = sim.settle();

      assertThat(result.settled()).isFalse();
      assertThat(result.at()).isEqualTo(SimulationSpec.DEFAULT_START.plusSeconds(3600));
    }
  }
}
