package dev.upsim.orchestrator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.fixtures.TestConfig;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.Expectation;
import dev.upsim.workloads.program.Program;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickstartTest {

  @Test
  void anAppTriggersAnExportWhichTriggersACleanup() {
    var config =
        TestConfig.project()
            .app("admin", Grant.operateTask("export"), Grant.ENV_VIEW)
            .task("export", Grant.ENV_VIEW, Grant.operateTask("cleanup"))
            .task("cleanup", Grant.ENV_VIEW)
            .build();
    var programs =
        Map.of(
            WorkloadId.task("export"),
            Program.of(
                new Action.Call(
                    "GET",
                    "/projects/{project}/environments/{env}",
                    null,
                    null,
                    Expectation.status(200)),
                new Action.Trigger("cleanup", Map.of(), Expectation.status(202)),
                new Action.Log("export written", false),
                new Action.Exit(0)),
            WorkloadId.task("cleanup"),
            Program.of(new Action.Log("removed 3 old exports", false)));

    try (Simulation sim = Simulation.start(SimulationSpec.of(config).withPrograms(programs))) {
      ActionOutcome outcome =
          sim.perform(
              "main", WorkloadId.app("admin"), new Action.Trigger("export", Map.of(), null));
      SettleResult settled = sim.settle();

      assertThat(outcome.status()).isEqualTo(202);
      assertThat(settled.settled()).isTrue();
      assertThat(sim.activities("main"))
          .extracting(Activity::task, Activity::describeState)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("export", "complete (success)"),
              org.assertj.core.groups.Tuple.tuple("cleanup", "complete (success)"));
    }
  }
}
