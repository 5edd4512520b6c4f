package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.fixtures.SimulationTestKit;
import dev.upsim.orchestrator.fixtures.TestConfig;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.Expectation;
import dev.upsim.workloads.program.Program;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** PLATFORM.md section 2: crons run on the virtual clock inside their application's container. */
@ExtendWith(TestKitJUnit5Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CronRulesTest {

  @JUnit5TestKit final ActorTestKit testKit = SimulationTestKit.create(CronRulesTest.class);

  private static final Instant NIGHT = Instant.parse("2026-01-05T00:30:00Z");
  private static final WorkloadId LONG = WorkloadId.cron("clock", "long");
  private static final WorkloadId SHORT = WorkloadId.cron("clock", "short");

  @Test
  void aCronThatComesDueWhileAnotherRunsWaitsForIt() {
    Map<WorkloadId, Program> programs =
        Map.of(
            LONG, Program.of(sleep(Duration.ofMinutes(30)), trigger("mark-long", 202)),
            SHORT, Program.of(trigger("mark-short", 202)));
    try (Simulation sim = startIn(noOffset(clockConfig(), programs))) {
      sim.advance(Duration.ofMinutes(90));
      List<Activity> runs = sim.activities("main");

      assertThat(runs).extracting(Activity::task).containsExactly("mark-long", "mark-short");
      assertThat(runs.get(0).createdAt()).isEqualTo(Instant.parse("2026-01-05T01:30:00Z"));
      assertThat(runs.get(1).createdAt()).isEqualTo(Instant.parse("2026-01-05T01:30:00Z"));
      TraceEvent deferred = only(sim, TraceKind.CRON_DEFERRED);
      assertThat(deferred.at()).isEqualTo(Instant.parse("2026-01-05T01:10:00Z"));
      assertThat(deferred.content()).contains("short came due while long runs");
      assertThat(sim.trace()).noneMatch(e -> e.kind() == TraceKind.EXPECTATION_FAILED);
    }
  }

  @Test
  void aCronHoldsExactlyItsApplicationsGrants() {
    Expectation appGrants =
        new Expectation(
            200,
            null,
            null,
            Set.of(Grant.operateTask("mark-long"), Grant.operateTask("mark-short")),
            null);
    Map<WorkloadId, Program> programs =
        Map.of(LONG, Program.of(new Action.RequestToken(null, null, appGrants)));
    try (Simulation sim = startIn(noOffset(clockConfig(), programs))) {
      sim.advance(Duration.ofMinutes(35));

      assertThat(only(sim, TraceKind.CRON_FIRED).content()).contains("long starts");
      assertThat(sim.trace()).noneMatch(e -> e.kind() == TraceKind.EXPECTATION_FAILED);
    }
  }

  @Test
  void runsOfOneCronAreAtLeastTheMinimumIntervalApart() {
    ProjectConfig config =
        TestConfig.project().app("clock").cron("clock", "often", "* * * * *").build();
    try (Simulation sim = startIn(noOffset(config, Map.of()))) {
      sim.advance(Duration.ofMinutes(30));

      assertThat(fired(sim))
          .containsExactly(
              NIGHT.plusSeconds(60),
              NIGHT.plusSeconds(360),
              NIGHT.plusSeconds(660),
              NIGHT.plusSeconds(960),
              NIGHT.plusSeconds(1260),
              NIGHT.plusSeconds(1560));
    }
  }

  @Test
  void theRandomOffsetComesFromTheSeed() {
    ProjectConfig config =
        TestConfig.project().app("clock").cron("clock", "hourly", "0 * * * *").build();
    List<Instant> first = firings(config, 11);
    List<Instant> again = firings(config, 11);
    List<Instant> other = firings(config, 12);

    assertThat(first).hasSize(3).isEqualTo(again).isNotEqualTo(other);
    for (Instant start : first) {
      long offset = start.getEpochSecond() % 3600;
      assertThat(offset).isLessThan(20 * 60);
    }
  }

  @Test
  void aCronPastItsTimeoutIsStopped() {
    TraceEvent ended = howATenMinuteCronEnds(Duration.ofHours(2));

    assertThat(ended.content()).contains("killed after its timeout of 600s");
    assertThat(ended.at()).isEqualTo(Instant.parse("2026-01-05T01:10:00Z"));
  }

  @Test
  void aCronThatEndsExactlyAtItsTimeoutEndsNormally() {
    TraceEvent ended = howATenMinuteCronEnds(Duration.ofMinutes(10));

    assertThat(ended.content()).isEqualTo("exited with code 0");
    assertThat(ended.at()).isEqualTo(Instant.parse("2026-01-05T01:10:00Z"));
  }

  @Test
  void aDeployCancelsARunningCron() {
    Map<WorkloadId, Program> programs = Map.of(LONG, Program.of(sleep(Duration.ofHours(2))));
    try (Simulation sim = startIn(noOffset(clockConfig(), programs))) {
      sim.advance(Duration.ofMinutes(35));
      sim.deploy("main", null);

      assertThat(only(sim, TraceKind.PROGRAM_ENDED).content()).startsWith("cancelled");
      assertThat(sim.settle().settled()).isTrue();
    }
  }

  @Test
  void settleRunsARunningCronToItsEndButDoesNotWaitForCronsNotYetDue() {
    Map<WorkloadId, Program> programs = Map.of(LONG, Program.of(sleep(Duration.ofMinutes(30))));
    try (Simulation sim = startIn(noOffset(clockConfig(), programs))) {
      sim.settle();
      Instant idle = sim.now();
      sim.advance(Duration.ofMinutes(31));
      SettleResult settled = sim.settle();

      assertThat(idle).isEqualTo(NIGHT);
      assertThat(settled.settled()).isTrue();
      assertThat(settled.at()).isEqualTo(Instant.parse("2026-01-05T01:30:00Z"));
    }
  }

  private List<Instant> firings(ProjectConfig config, long seed) {
    SimulationSpec spec = SimulationSpec.of(config).withStart(NIGHT).withSeed(seed);
    try (Simulation sim = startIn(spec)) {
      sim.advance(Duration.ofHours(3));
      return fired(sim);
    }
  }

  /** Runs the program as a cron with a 10-minute timeout and returns how it ended. */
  private TraceEvent howATenMinuteCronEnds(Duration programLength) {
    ProjectConfig config =
        TestConfig.project()
            .app("clock")
            .cron("clock", "long", "0 1 * * *", Duration.ofMinutes(10))
            .build();
    Map<WorkloadId, Program> programs = Map.of(LONG, Program.of(sleep(programLength)));
    try (Simulation sim = startIn(noOffset(config, programs))) {
      sim.advance(Duration.ofMinutes(45));
      return only(sim, TraceKind.PROGRAM_ENDED);
    }
  }

  private static List<Instant> fired(Simulation sim) {
    return sim.trace().stream()
        .filter(e -> e.kind() == TraceKind.CRON_FIRED)
        .map(TraceEvent::at)
        .toList();
  }

  private static TraceEvent only(Simulation sim, TraceKind kind) {
    List<TraceEvent> events = sim.trace().stream().filter(e -> e.kind() == kind).toList();
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static ProjectConfig clockConfig() {
    return TestConfig.project()
        .app("clock", Grant.operateTask("mark-long"), Grant.operateTask("mark-short"))
        .cron("clock", "long", "0 1 * * *")
        .cron("clock", "short", "10 1 * * *")
        .task("mark-long")
        .task("mark-short")
        .build();
  }

  private static SimulationSpec noOffset(ProjectConfig config, Map<WorkloadId, Program> programs) {
    return SimulationSpec.of(config)
        .withStart(NIGHT)
        .withPrograms(programs)
        .withSettings("cron.maximum-offset = 0s");
  }

  private Simulation startIn(SimulationSpec spec) {
    return Simulation.startIn(testKit.system(), spec);
  }
}
