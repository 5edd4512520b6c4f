package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.fixtures.TestConfig;
import dev.upsim.workloads.program.Program;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A chain of a thousand distinct tasks, each triggering the next, as messages. */
class ChainScaleTest {

  private static final int LENGTH = 1000;

  @Test
  void aChainOfAThousandTasksCompletesWhenTheDepthAllowsIt() {
    TestConfig config = TestConfig.project().app("starter", Grant.operateTask(name(0)));
    Map<WorkloadId, Program> programs = new HashMap<>();
    for (int i = 0; i < LENGTH; i++) {
      boolean last = i == LENGTH - 1;
      config = last ? config.task(name(i)) : config.task(name(i), Grant.operateTask(name(i + 1)));
      if (!last) {
        programs.put(WorkloadId.task(name(i)), Program.of(trigger(name(i + 1), 202)));
      }
    }
    SimulationSpec spec =
        SimulationSpec.of(config.build())
            .withPrograms(programs)
            .withSettings("chain.max-depth = " + LENGTH);

    try (Simulation sim = Simulation.start(spec)) {
      sim.perform("main", WorkloadId.app("starter"), trigger(name(0)));
      SettleResult settled = sim.settle();
      List<Activity> runs = sim.activities("main");

      assertThat(settled.settled()).isTrue();
      assertThat(runs).hasSize(LENGTH);
      assertThat(runs).allMatch(run -> run.describeState().equals("complete (success)"));
      assertThat(runs.get(LENGTH - 1).chain().depth()).isEqualTo(LENGTH);
      assertThat(runs.get(LENGTH - 1).chain().tasks().get(0)).isEqualTo(name(0));
    }
  }

  private static String name(int index) {
    return "step-" + index;
  }
}
