package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.fixtures.TestConfig;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.Expectation;
import dev.upsim.workloads.program.Program;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PLATFORM.md section 6: chains of tasks triggering tasks, loops and the depth bound. */
class ChainRulesTest {

  private static final WorkloadId STARTER = WorkloadId.app("starter");

  @Test
  void eachHopGetsItsTokenFromTheTriggeringRunsOwnProxy() {
    Map<WorkloadId, Program> programs =
        Map.of(WorkloadId.task("export"), Program.of(trigger("cleanup")));
    try (Simulation sim = Simulation.start(spec(chainOfTwo(), programs, 16))) {
      sim.perform("main", STARTER, trigger("export"));
      sim.settle();
      List<Activity> runs = sim.activities("main");
      String exportContainer = runs.get(0).container();

      assertThat(runs.get(1).chain().tasks()).containsExactly("export", "cleanup");
      assertThat(runs.get(1).triggeredBy()).isEqualTo("task:export");
      assertThat(sim.trace())
          .anyMatch(
              e ->
                  e.kind() == TraceKind.TOKEN_ISSUED
                      && e.source().equals(exportContainer + "/proxy")
                      && e.decision().claims().runId().equals(runs.get(0).id()));
    }
  }

  @Test
  void aRunTriggeredFromOutsideAnyRunStartsAChain() {
    try (Simulation sim = Simulation.start(spec(chainOfTwo(), Map.of(), 16))) {
      sim.perform("main", STARTER, trigger("export"));

      assertThat(sim.activities("main").get(0).chain().tasks()).containsExactly("export");
    }
  }

  @Test
  void aLoopIsNamedAsSoonAsTheChainRevisitsATaskAndEndsAtTheDepthBound() {
    Expectation deep = Expectation.refused(409, "chain-too-deep");
    Map<WorkloadId, Program> programs =
        Map.of(
            WorkloadId.task("ping"), Program.of(new Action.Trigger("pong", Map.of(), null)),
            WorkloadId.task("pong"), Program.of(new Action.Trigger("ping", Map.of(), deep)));
    try (Simulation sim = Simulation.start(spec(pingPong(), programs, 6))) {
      sim.perform("main", STARTER, trigger("ping"));
      SettleResult settled = sim.settle();

      assertThat(settled.settled()).isTrue();
      assertThat(sim.activities("main")).hasSize(6);
      assertThat(sim.activities("main"))
          .allMatch(run -> run.describeState().equals("complete (success)"));
      List<TraceEvent> loops = kind(sim, TraceKind.LOOP_DETECTED);
      assertThat(loops).hasSize(1);
      assertThat(loops.get(0).content()).isEqualTo("loop: ping -> pong -> ping");
      assertThat(loops.get(0).sequence()).isLessThan(activityCreated(sim, 3).sequence());
      TraceEvent refused =
          kind(sim, TraceKind.API_ANSWERED).stream()
              .filter(e -> e.decision() != null && !e.decision().allowed())
              .findFirst()
              .orElseThrow();
      assertThat(refused.content()).isEqualTo("409 chain-too-deep");
      assertThat(refused.decision().explanation()).contains("7 runs deep").contains("allows 6");
      List<TraceEvent> failures = kind(sim, TraceKind.EXPECTATION_FAILED);
      assertThat(failures).hasSize(2).allMatch(e -> e.content().contains("expected 409, got 202"));
    }
  }

  @Test
  void aLoopIsNamedEvenWhenTheBoundRefusesTheRunThatClosesIt() {
    Map<WorkloadId, Program> programs =
        Map.of(
            WorkloadId.task("ping"), Program.of(trigger("pong")),
            WorkloadId.task("pong"), Program.of(trigger("ping")));
    try (Simulation sim = Simulation.start(spec(pingPong(), programs, 2))) {
      sim.perform("main", STARTER, trigger("ping"));
      sim.settle();

      assertThat(sim.activities("main")).hasSize(2);
      assertThat(kind(sim, TraceKind.LOOP_DETECTED))
          .singleElement()
          .satisfies(e -> assertThat(e.content()).isEqualTo("loop: ping -> pong -> ping"));
    }
  }

  @Test
  void theDefaultBoundIsSixteenRuns() {
    Map<WorkloadId, Program> programs =
        Map.of(
            WorkloadId.task("ping"), Program.of(trigger("pong")),
            WorkloadId.task("pong"), Program.of(trigger("ping")));
    SimulationSpec spec = SimulationSpec.of(pingPong()).withPrograms(programs);
    try (Simulation sim = Simulation.start(spec)) {
      sim.perform("main", STARTER, trigger("ping"));
      sim.settle();

      assertThat(sim.activities("main")).hasSize(16);
    }
  }

  private static TraceEvent activityCreated(Simulation sim, int nth) {
    return kind(sim, TraceKind.ACTIVITY_CHANGED).stream()
        .filter(e -> e.content().contains("pending"))
        .skip(nth - 1)
        .findFirst()
        .orElseThrow();
  }

  private static List<TraceEvent> kind(Simulation sim, TraceKind kind) {
    return sim.trace().stream().filter(e -> e.kind() == kind).toList();
  }

  private static ProjectConfig chainOfTwo() {
    return TestConfig.project()
        .app("starter", Grant.operateTask("export"))
        .task("export", Grant.operateTask("cleanup"))
        .task("cleanup")
        .build();
  }

  private static ProjectConfig pingPong() {
    return TestConfig.project()
        .app("starter", Grant.operateTask("ping"))
        .task("ping", Grant.operateTask("pong"))
        .task("pong", Grant.operateTask("ping"))
        .build();
  }

  private static SimulationSpec spec(
      ProjectConfig config, Map<WorkloadId, Program> programs, int maxDepth) {
    return SimulationSpec.of(config)
        .withPrograms(programs)
        .withSettings("chain.max-depth = " + maxDepth);
  }
}
