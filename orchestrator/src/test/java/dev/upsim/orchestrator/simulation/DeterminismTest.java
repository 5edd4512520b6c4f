package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static dev.upsim.orchestrator.fixtures.Academy.MAILER;
import static dev.upsim.orchestrator.fixtures.Academy.NIGHTLY;
import static dev.upsim.orchestrator.fixtures.Academy.REPORTER;
import static dev.upsim.orchestrator.fixtures.Steps.ENV;
import static dev.upsim.orchestrator.fixtures.Steps.exit;
import static dev.upsim.orchestrator.fixtures.Steps.get;
import static dev.upsim.orchestrator.fixtures.Steps.getWithSaved;
import static dev.upsim.orchestrator.fixtures.Steps.log;
import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.fixtures.Steps.tokenSavedAs;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.Program;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same spec and steps give the same trace, byte for byte, run after run. */
class DeterminismTest {

  private static final int RUNS = 20;

  @Test
  void aRichSimulationGivesTheSameTraceTwentyTimes() {
    String first = richRun();

    assertThat(first.lines().count()).isGreaterThan(500);
    assertThat(first)
        .contains(TraceKind.LOOP_DETECTED.code())
        .contains(TraceKind.CRON_FIRED.code())
        .contains(TraceKind.DEPLOYED.code())
        .contains("\"reason\":\"expired\"")
        .contains("\"reason\":\"wrong-environment\"")
        .contains("\"reason\":\"chain-too-deep\"");
    for (int run = 2; run <= RUNS; run++) {
      assertThat(richRun()).as("trace of run %d", run).isEqualTo(first);
    }
  }

  @Test
  void anotherSeedGivesAnotherTrace() {
    assertThat(richRun(8)).isNotEqualTo(richRun(7));
  }

  private static String richRun() {
    return richRun(7);
  }

  /** Three environments, chains with a loop, crons, workers, expiries and a deploy. */
  private static String richRun(long seed) {
    try (Simulation sim = Simulation.start(spec(seed))) {
      for (String env : sim.environments()) {
        sim.perform(env, ADMIN, trigger("export"));
        sim.perform(env, ADMIN, tokenSavedAs("admin-" + env, null));
      }
      sim.perform("main", ADMIN, getWithSaved(ENV, "admin-pr-4"));
      sim.perform("staging", ADMIN, trigger("reindex"));
      sim.advance(Duration.ofMinutes(3));
      sim.perform("main", ADMIN, getWithSaved(ENV, "admin-main"));
      sim.perform("main", ADMIN, new Action.Cancel("reindex", null));
      sim.advance(Duration.ofHours(3));
      sim.deploy("main", changed());
      sim.perform("main", REPORTER, trigger("export"));
      sim.settle();
      sim.advance(Duration.ofDays(1));
      sim.settle();
      sim.environments().forEach(sim::activities);
      return sim.traceJsonLines();
    }
  }

  private static SimulationSpec spec(long seed) {
    Map<String, String> environments = new LinkedHashMap<>();
    environments.put("main", "production");
    environments.put("staging", "staging");
    environments.put("pr-4", "development");
    Map<WorkloadId, Program> programs = new LinkedHashMap<>();
    programs.put(
        WorkloadId.task("export"),
        Program.of(get(ENV), trigger("cleanup"), sleep(Duration.ofMinutes(4)), log("exported")));
    programs.put(
        WorkloadId.task("cleanup"), Program.of(log("cleaning"), trigger("export"), exit(1)));
    programs.put(WorkloadId.task("reindex"), Program.of(sleep(Duration.ofMinutes(30))));
    programs.put(NIGHTLY, Program.of(trigger("export"), sleep(Duration.ofMinutes(20))));
    programs.put(MAILER, Program.of(get(ENV), sleep(Duration.ofHours(2))));
    return SimulationSpec.of(loopingAcademy())
        .withEnvironments(environments)
        .withSeed(seed)
        .withPrograms(programs)
        .withSettings("chain.max-depth = 5");
  }

  /** The academy with a cleanup that may start exports again: a loop. */
  private static dev.upsim.workloads.config.ProjectConfig loopingAcademy() {
    return Academy.builder().task("cleanup", Grant.ENV_VIEW, Grant.operateTask("export")).build();
  }

  private static dev.upsim.workloads.config.ProjectConfig changed() {
    return Academy.builder()
        .task("cleanup", Grant.ENV_VIEW, Grant.operateTask("export"))
        .workerWith("admin", "reporter", Grant.ENV_VIEW, Grant.operateTask("export"))
        .build();
  }
}
