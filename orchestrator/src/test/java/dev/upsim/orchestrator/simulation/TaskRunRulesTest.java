package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static dev.upsim.orchestrator.fixtures.Steps.ENV;
import static dev.upsim.orchestrator.fixtures.Steps.exit;
import static dev.upsim.orchestrator.fixtures.Steps.getWithSaved;
import static dev.upsim.orchestrator.fixtures.Steps.log;
import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.fixtures.Steps.tokenSavedAs;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.api.ApiRequest;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.fixtures.SimulationTestKit;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.Expectation;
import dev.upsim.workloads.program.Program;
import dev.upsim.workloads.program.TokenChoice;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** PLATFORM.md section 6: task runs are activities. */
@ExtendWith(TestKitJUnit5Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskRunRulesTest {

  @JUnit5TestKit final ActorTestKit testKit = SimulationTestKit.create(TaskRunRulesTest.class);

  @Test
  void aRunGoesFromInProgressToCompleteAndItsTimesAreRecorded() {
    try (Simulation sim = start(Map.of(task("export"), Program.of(sleep(Duration.ofMinutes(3)))))) {
      sim.perform("main", ADMIN, trigger("export"));
      Activity running = sim.activities("main").get(0);
      sim.settle();
      Activity done = sim.activities("main").get(0);

      assertThat(running.describeState()).isEqualTo("in_progress");
      assertThat(done.describeState()).isEqualTo("complete (success)");
      assertThat(lasted(done)).isEqualTo(Duration.ofMinutes(3));
    }
  }

  @Test
  void theRunsContainerIsNamedAfterTheTaskAndItsActivityId() {
    try (Simulation sim = start(Map.of())) {
      sim.perform("main", ADMIN, trigger("export"));
      Activity run = sim.activities("main").get(0);

      assertThat(run.container()).isEqualTo("export--task--" + run.id().substring(0, 8));
      assertThat(spawned(sim, run.container())).isNotEmpty();
    }
  }

  @Test
  void theExitCodeDecidesTheResult() {
    Map<WorkloadId, Program> programs =
        Map.of(task("export"), Program.of(exit(3)), task("reindex"), Program.of(exit(0)));
    try (Simulation sim = start(programs)) {
      sim.perform("main", ADMIN, trigger("export"));
      sim.perform("main", ADMIN, trigger("reindex"));
      sim.settle();

      assertThat(sim.activities("main"))
          .extracting(Activity::task, Activity::describeState)
          .containsExactly(
              tuple("export", "complete (failure)"), tuple("reindex", "complete (success)"));
    }
  }

  @Test
  void aRunPastItsTimeoutIsKilledAndFails() {
    try (Simulation sim = start(Map.of(task("reindex"), Program.of(sleep(Duration.ofHours(1)))))) {
      Activity run = runToEnd(sim, "reindex");

      assertThat(run.describeState()).isEqualTo("complete (failure)");
      assertThat(lasted(run)).isEqualTo(Duration.ofMinutes(2));
      assertThat(run.log().get(run.log().size() - 1).message()).contains("ran past its timeout");
      assertThat(stopped(sim, run.container())).anyMatch(e -> e.content().contains("timeout"));
    }
  }

  @Test
  void aRunWhoseProgramEndsExactlyAtItsTimeoutCompletes() {
    Program twoMinutes = Program.of(sleep(Duration.ofMinutes(2)), log("done in time"), exit(0));
    try (Simulation sim = start(Map.of(task("reindex"), twoMinutes))) {
      Activity run = runToEnd(sim, "reindex");

      assertThat(run.describeState()).isEqualTo("complete (success)");
      assertThat(lasted(run)).isEqualTo(Duration.ofMinutes(2));
      assertThat(run.log()).anyMatch(line -> line.message().equals("done in time"));
    }
  }

  @Test
  void aRunStillGoingOnAtItsTimeoutIsKilledThen() {
    Program longer = Program.of(sleep(Duration.ofMinutes(2)), sleep(Duration.ofSeconds(1)));
    try (Simulation sim = start(Map.of(task("reindex"), longer))) {
      Activity run = runToEnd(sim, "reindex");

      assertThat(run.describeState()).isEqualTo("complete (failure)");
      assertThat(lasted(run)).isEqualTo(Duration.ofMinutes(2));
    }
  }

  @Test
  void runsPastTheCapWaitPendingAndStartAsOthersEnd() {
    Program hour = Program.of(sleep(Duration.ofMinutes(5)));
    try (Simulation sim = start(Map.of(task("export"), hour), "tasks.max-concurrent-runs = 2")) {
      for (int i = 0; i < 3; i++) {
        sim.perform("main", ADMIN, trigger("export"));
      }
      List<String> before = states(sim);
      sim.advance(Duration.ofMinutes(5));
      List<String> after = states(sim);
      sim.settle();

      assertThat(before).containsExactly("in_progress", "in_progress", "pending");
      assertThat(after).containsExactly("complete", "complete", "in_progress");
      assertThat(states(sim)).containsOnly("complete");
    }
  }

  @Test
  void theDefaultCapIsThreeRunsOfOneTask() {
    Program hour = Program.of(sleep(Duration.ofMinutes(5)));
    try (Simulation sim = start(Map.of(task("export"), hour))) {
      for (int i = 0; i < 4; i++) {
        sim.perform("main", ADMIN, trigger("export"));
      }

      assertThat(states(sim))
          .containsExactly("in_progress", "in_progress", "in_progress", "pending");
    }
  }

  @Test
  void aDeployCancelsPendingAndRunningRuns() {
    Program long_ = Program.of(sleep(Duration.ofHours(1)));
    try (Simulation sim = start(Map.of(task("export"), long_), "tasks.max-concurrent-runs = 1")) {
      sim.perform("main", ADMIN, trigger("export"));
      sim.perform("main", ADMIN, trigger("export"));
      sim.advance(Duration.ofMinutes(5));
      sim.deploy("main", null);

      assertThat(states(sim)).containsExactly("cancelled", "cancelled");
      assertThat(sim.settle().settled()).isTrue();
      assertThat(sim.trace()).anyMatch(e -> e.kind() == TraceKind.DEPLOYED);
    }
  }

  @Test
  void aCancelledRunStopsAndItsSlotGoesToTheNextPendingRun() {
    Program long_ = Program.of(sleep(Duration.ofHours(1)));
    try (Simulation sim = start(Map.of(task("export"), long_), "tasks.max-concurrent-runs = 1")) {
      sim.perform("main", ADMIN, trigger("export"));
      sim.perform("main", ADMIN, trigger("export"));
      ActionOutcome cancel = sim.perform("main", ADMIN, new Action.Cancel("export", null));
      ActionOutcome first = sim.perform("main", ADMIN, new Action.Cancel("export", null));

      assertThat(cancel.status()).isEqualTo(200);
      assertThat(first.status()).isEqualTo(200);
      assertThat(states(sim)).containsExactly("cancelled", "cancelled");
    }
  }

  @Test
  void theRunsOutputIsItsLogWithStderrMarked() {
    Program program = Program.of(log("starting"), new Action.Log("disk almost full", true));
    try (Simulation sim = start(Map.of(task("export"), program))) {
      Activity run = runToEnd(sim, "export");
      ApiResponse logResponse = logOf(sim, run);

      List<String> lines = logResponse.body().lines().toList();
      assertThat(logResponse.contentType()).isEqualTo(ApiResponse.NDJSON);
      assertThat(lines.get(0)).startsWith("{\"_id\":0,\"data\":{\"timestamp\":\"2026-01-01T");
      assertThat(logResponse.body())
          .contains("\"message\":\"starting\"")
          .contains("\"message\":\"W: disk almost full\"");
      assertThat(lines.get(lines.size() - 1))
          .isEqualTo("{\"_id\":" + (lines.size() - 1) + ",\"seal\":true}");
    }
  }

  @Test
  void theRunsVariablesAreTheRequestsVariablesEnv() {
    try (Simulation sim = start(Map.of())) {
      sim.perform("main", ADMIN, new Action.Trigger("export", Map.of("TARGET", "s3"), null));
      Activity run = sim.activities("main").get(0);

      assertThat(run.variables()).containsExactly(Map.entry("TARGET", "s3"));
      assertThat(spawned(sim, run.container()).get(0).content())
          .contains("TARGET=s3")
          .contains("PLATFORM_APPLICATION_NAME=export");
    }
  }

  @Test
  void tokensIssuedToARunStopWorkingWhenItEnds() {
    Action.Call during =
        new Action.Call("GET", ENV, null, TokenChoice.saved("run-token"), Expectation.status(200));
    Program program = Program.of(tokenSavedAs("run-token", 900L), during);
    try (Simulation sim = start(Map.of(task("export"), program))) {
      sim.perform("main", ADMIN, trigger("export"));
      sim.settle();
      ActionOutcome after = sim.perform("main", ADMIN, getWithSaved(ENV, "run-token"));

      assertThat(sim.trace()).noneMatch(e -> e.kind() == TraceKind.EXPECTATION_FAILED);
      assertThat(after.status()).isEqualTo(401);
      assertThat(after.reason()).isEqualTo("run-ended");
    }
  }

  @Test
  void withTheSettingOffRunTokensLiveUntilTheyExpire() {
    Program program = Program.of(tokenSavedAs("run-token", 900L));
    try (Simulation sim = start(Map.of(task("export"), program), "tokens.end-with-run = false")) {
      sim.perform("main", ADMIN, trigger("export"));
      sim.settle();

      assertThat(sim.perform("main", ADMIN, getWithSaved(ENV, "run-token")).status())
          .isEqualTo(200);
    }
  }

  @Test
  void aTasksProxyExistsOnlyWhileItsRunRuns() {
    Program program = Program.of(sleep(Duration.ofMinutes(1)));
    try (Simulation sim = start(Map.of(task("export"), program))) {
      sim.perform("main", ADMIN, trigger("export"));
      String container = sim.activities("main").get(0).container();
      var during = sim.requestToken("main", container, null);
      sim.settle();
      var after = sim.requestToken("main", container, null);

      assertThat(during).isInstanceOf(dev.upsim.auth.proxy.AuthProxy.TokenIssued.class);
      assertThat(after).isInstanceOf(dev.upsim.auth.proxy.AuthProxy.TokenRefused.class);
    }
  }

  private static ApiResponse logOf(Simulation sim, Activity run) {
    var token =
        (dev.upsim.auth.proxy.AuthProxy.TokenIssued) sim.requestToken("main", "admin", null);
    String path = "/projects/project/environments/main/activities/" + run.id() + "/log";
    return sim.request(
        "main", new ApiRequest("GET", path, "Bearer " + token.accessToken(), null, "http"));
  }

  /** Triggers the task, lets the simulation settle and returns the run it made. */
  private static Activity runToEnd(Simulation sim, String task) {
    sim.perform("main", ADMIN, trigger(task));
    sim.settle();
    return sim.activities("main").get(0);
  }

  private static Duration lasted(Activity run) {
    return Duration.between(run.startedAt(), run.completedAt());
  }

  private static List<String> states(Simulation sim) {
    return sim.activities("main").stream().map(run -> run.state().word()).toList();
  }

  private static List<TraceEvent> spawned(Simulation sim, String container) {
    return sim.trace().stream()
        .filter(e -> e.kind() == TraceKind.SPAWNED && container.equals(e.target()))
        .toList();
  }

  private static List<TraceEvent> stopped(Simulation sim, String container) {
    return sim.trace().stream()
        .filter(e -> e.kind() == TraceKind.STOPPED && container.equals(e.target()))
        .toList();
  }

  private static WorkloadId task(String name) {
    return WorkloadId.task(name);
  }

  private Simulation start(Map<WorkloadId, Program> programs, String... settings) {
    SimulationSpec spec = SimulationSpec.of(Academy.config()).withPrograms(programs);
    for (String setting : settings) {
      spec = spec.withSettings(setting);
    }
    return startIn(spec);
  }

  private Simulation startIn(SimulationSpec spec) {
    return Simulation.startIn(testKit.system(), spec);
  }
}
