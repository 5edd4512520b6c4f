package dev.upsim.orchestrator.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.token.Signing;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.auth.token.TokenCodecs;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.activity.RunChain;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.api.PlatformApi;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.fixtures.Steps;
import dev.upsim.orchestrator.fixtures.TestServices;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.Program;
import dev.upsim.workloads.resolve.AuthorizationResolver;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.JUnit5TestKitBuilder;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** A task run's container alone, with a probe standing in for the API. */
@ExtendWith(TestKitJUnit5Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskContainerTest {

  @JUnit5TestKit final ActorTestKit testKit = new JUnit5TestKitBuilder().build();

  private static final WorkloadId EXPORT = WorkloadId.task("export");
  private static final TokenCodec CODEC =
      TokenCodecs.forEnvironment(Signing.HS256, 7, "p1", "main");

  @Test
  void aRunCallsTheApiWithATokenOfItsOwnRunAndReportsItsExitCode() {
    Program program = Program.of(Steps.trigger("cleanup"), Steps.exit(3));
    RunServices services = TestServices.create("p1", Map.of(EXPORT, program));
    TestProbe<PlatformApi.Command> api = testKit.createTestProbe();
    Activity run = run();

    testKit.spawn(TaskContainer.create(setup(services, api, run), run));

    PlatformApi.Handle call = api.expectMessageClass(PlatformApi.Handle.class);
    TokenClaims claims = claimsOf(call.request().authorizationHeader());
    assertThat(call.request().line())
        .isEqualTo("POST /projects/p1/environments/main/tasks/cleanup/run");
    assertThat(call.request().caller()).isEqualTo(run.container());
    assertThat(claims.workload()).isEqualTo(EXPORT);
    assertThat(claims.runId()).isEqualTo(run.id());
    assertThat(claims.grants()).containsExactly(Grant.ENV_VIEW, Grant.operateTask("cleanup"));

    call.replyTo().tell(new ApiResponse(202, ApiResponse.JSON, "{}", null));
    assertThat(api.expectMessageClass(PlatformApi.RunExited.class))
        .isEqualTo(new PlatformApi.RunExited(run.id(), 3));
  }

  @Test
  void aRunWithoutAProgramExitsZeroAtOnce() {
    RunServices services = TestServices.create("p1", Map.of());
    TestProbe<PlatformApi.Command> api = testKit.createTestProbe();
    Activity run = run();

    testKit.spawn(TaskContainer.create(setup(services, api, run), run));

    assertThat(api.expectMessageClass(PlatformApi.RunExited.class).exitCode()).isZero();
  }

  @Test
  void aStepPerformedInARunWritesToTheRunsLog() {
    Program waits = Program.of(Steps.sleep(java.time.Duration.ofHours(1)));
    RunServices services = TestServices.create("p1", Map.of(EXPORT, waits));
    TestProbe<PlatformApi.Command> api = testKit.createTestProbe();
    TestProbe<ActionOutcome> outcomes = testKit.createTestProbe();
    Activity run = run();
    ActorRef<Container.Command> container =
        testKit.spawn(TaskContainer.create(setup(services, api, run), run));

    container.tell(new Container.Perform(EXPORT, new Action.Log("hello", true), outcomes.ref()));

    PlatformApi.AppendLog append = api.expectMessageClass(PlatformApi.AppendLog.class);
    assertThat(append.activityId()).isEqualTo(run.id());
    assertThat(append.line().message()).isEqualTo("W: hello");
    assertThat(outcomes.receiveMessage()).isEqualTo(ActionOutcome.DONE);
  }

  @Test
  void aStoppedRunRecordsWhyAndItsProxyStopsWithIt() {
    Program waits = Program.of(Steps.sleep(java.time.Duration.ofHours(1)));
    RunServices services = TestServices.create("p1", Map.of(EXPORT, waits));
    TestProbe<PlatformApi.Command> api = testKit.createTestProbe();
    Activity run = run();
    ActorRef<Container.Command> container =
        testKit.spawn(TaskContainer.create(setup(services, api, run), run));

    container.tell(new Container.Stop("cancelled by app:admin"));

    api.expectTerminated(container);
    assertThat(services.trace().events())
        .filteredOn(e -> e.kind() == TraceKind.STOPPED)
        .extracting(e -> e.target() + ": " + e.content())
        .containsExactly(
            run.container() + "/proxy: with its container",
            run.container() + ": cancelled by app:admin");
    assertThat(services.wakeUps().size()).isZero();
  }

  private static TokenClaims claimsOf(String header) {
    TokenCodec.Read read = CODEC.read(header.substring("Bearer ".length()));
    return ((TokenCodec.Trusted) read).claims();
  }

  private static Activity run() {
    return Activity.pending(
            "abcdefgh12345678",
            "export",
            TestServices.START,
            Map.of(),
            RunChain.root("export"),
            "app:admin")
        .started(TestServices.START);
  }

  private static ContainerSetup setup(
      RunServices services, TestProbe<PlatformApi.Command> api, Activity run) {
    var resolved = AuthorizationResolver.resolve(Academy.config()).find(EXPORT).orElseThrow();
    String name = run.container();
    String proxyName = ContainerSetup.proxyNameOf(name);
    return new ContainerSetup(
        "main", name, proxyName, EXPORT, resolved, run.id(), Map.of(), CODEC, api.ref(), services);
  }
}
