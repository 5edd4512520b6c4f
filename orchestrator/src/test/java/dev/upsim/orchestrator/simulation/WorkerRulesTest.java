package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.MAILER;
import static dev.upsim.orchestrator.fixtures.Steps.log;
import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Program;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PLATFORM.md section 2: workers run always and are restarted when they exit. */
class WorkerRulesTest {

  @Test
  void aWorkerWhoseProgramEndsIsRestartedAfterTheDelay() {
    Program tick = Program.of(log("tick"), sleep(Duration.ofMinutes(1)));
    SimulationSpec spec = SimulationSpec.of(Academy.config()).withPrograms(Map.of(MAILER, tick));
    try (Simulation sim = Simulation.start(spec)) {
      sim.advance(Duration.ofMinutes(5));
      Instant start = SimulationSpec.DEFAULT_START;

      assertThat(events(sim, TraceKind.LOG_WRITTEN))
          .extracting(TraceEvent::at)
          .containsExactly(
              start,
              start.plusSeconds(70),
              start.plusSeconds(140),
              start.plusSeconds(210),
              start.plusSeconds(280));
      assertThat(events(sim, TraceKind.PROGRAM_ENDED).get(0).content())
          .isEqualTo("exited with code 0; restarts in 10s");
    }
  }

  @Test
  void theRestartDelayIsASetting() {
    Program tick = Program.of(log("tick"));
    SimulationSpec spec =
        SimulationSpec.of(Academy.config())
            .withPrograms(Map.of(MAILER, tick))
            .withSettings("workers.restart-delay = 2m");
    try (Simulation sim = Simulation.start(spec)) {
      sim.advance(Duration.ofMinutes(5));

      assertThat(events(sim, TraceKind.LOG_WRITTEN)).hasSize(3);
    }
  }

  @Test
  void aWorkerWithoutAProgramIdlesAndSettleDoesNotWaitForWorkers() {
    Program tick = Program.of(sleep(Duration.ofHours(5)));
    SimulationSpec spec = SimulationSpec.of(Academy.config()).withPrograms(Map.of(MAILER, tick));
    try (Simulation sim = Simulation.start(spec)) {
      SettleResult settled = sim.settle();
      sim.advance(Duration.ofHours(1));

      assertThat(settled.settled()).isTrue();
      assertThat(settled.at()).isEqualTo(SimulationSpec.DEFAULT_START);
      assertThat(events(sim, TraceKind.PROGRAM_ENDED)).isEmpty();
    }
  }

  private static List<TraceEvent> events(Simulation sim, TraceKind kind) {
    return sim.trace().stream().filter(e -> e.kind() == kind).toList();
  }
}
