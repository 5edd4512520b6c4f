package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Steps.ENV;
import static dev.upsim.orchestrator.fixtures.Steps.get;
import static dev.upsim.orchestrator.fixtures.Steps.log;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ConfigLoader;
import dev.upsim.workloads.config.LoadResult;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Program;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The teaching configurations of scenarios/, loaded as a real project would be, run end to end. */
class RealConfigTest {

  private static final WorkloadId ADMIN = WorkloadId.app("admin");
  private static final WorkloadId REPORTER = WorkloadId.worker("admin", "reporter");

  @Test
  void theAcademyRunsAnExportThatStartsACleanup() {
    Map<WorkloadId, Program> programs =
        Map.of(
            WorkloadId.task("export"), Program.of(get(ENV), trigger("cleanup", 202)),
            WorkloadId.task("cleanup"), Program.of(log("removed 3 old exports")));
    SimulationSpec spec = SimulationSpec.of(load("academy")).withSeed(7).withPrograms(programs);
    try (Simulation sim = Simulation.start(spec)) {
      assertThat(sim.perform("main", ADMIN, trigger("export")).status()).isEqualTo(202);
      sim.settle();

      assertThat(sim.activities("main"))
          .extracting(Activity::task, Activity::describeState)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("export", "complete (success)"),
              org.assertj.core.groups.Tuple.tuple("cleanup", "complete (success)"));
      assertThat(sim.trace()).noneMatch(e -> e.kind() == TraceKind.EXPECTATION_FAILED);
    }
  }

  @Test
  void deployingTheChangedAcademyLetsTheReporterStartExports() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(load("academy")))) {
      String before = sim.perform("main", REPORTER, trigger("export")).reason();
      sim.deploy("main", load("academy-v2"));

      assertThat(before).isEqualTo("missing-grant");
      assertThat(sim.perform("main", REPORTER, trigger("export")).status()).isEqualTo(202);
    }
  }

  @Test
  void theNightlyCronStartsAnExportAfterTwoOClock() {
    Map<WorkloadId, Program> programs =
        Map.of(WorkloadId.cron("admin", "nightly"), Program.of(trigger("export", 202)));
    SimulationSpec spec =
        SimulationSpec.of(load("academy"))
            .withStart(Instant.parse("2026-01-05T00:00:00Z"))
            .withPrograms(programs);
    try (Simulation sim = Simulation.start(spec)) {
      sim.advance(Duration.ofHours(3));
      sim.settle();
      Activity export = sim.activities("main").get(0);

      assertThat(export.describeState()).isEqualTo("complete (success)");
      assertThat(export.triggeredBy()).isEqualTo("app:admin");
      assertThat(export.createdAt())
          .isBetween(Instant.parse("2026-01-05T02:00:00Z"), Instant.parse("2026-01-05T02:20:00Z"));
    }
  }

  private static ProjectConfig load(String name) {
    LoadResult result = ConfigLoader.load(Path.of("..", "scenarios", "configs", name));
    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    return ((LoadResult.Loaded) result).config();
  }
}
