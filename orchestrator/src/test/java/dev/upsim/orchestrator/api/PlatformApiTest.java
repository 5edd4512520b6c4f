package dev.upsim.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.token.Signing;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.auth.token.TokenCodecs;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.fixtures.TestServices;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.orchestrator.time.WakeUp;
import dev.upsim.workloads.resolve.AuthorizationResolver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API actor alone, its run orders caught by a probe and its clock moved by hand. */
class PlatformApiTest {

  private static final ActorTestKit KIT = ActorTestKit.create();
  private static final String RUN_EXPORT = "/projects/p1/environments/main/tasks/export/run";

  private RunServices services;
  private TokenCodec codec;
  private TestProbe<PlatformApi.RunOrder> orders;
  private ActorRef<PlatformApi.Command> api;

  @AfterAll
  static void stopKit() {
    KIT.shutdownTestKit();
  }

  @BeforeEach
  void spawnApi() {
    services = TestServices.create("p1", Map.of(), "tasks.max-concurrent-runs = 2");
    codec = TokenCodecs.forEnvironment(Signing.HS256, 7, "p1", "main");
    orders = KIT.createTestProbe();
    var config = Academy.config();
    api =
        KIT.spawn(
            PlatformApi.create(
                "main",
                "production",
                config,
                AuthorizationResolver.resolve(config),
                codec,
                orders.ref(),
                services));
  }

  @Test
  void anAcceptedRunOrdersItsContainerAndIsInProgress() {
    ApiResponse response = handle("POST", RUN_EXPORT, adminToken(null));

    Activity run = ((PlatformApi.StartRun) orders.receiveMessage()).run();
    assertThat(response.status()).isEqualTo(202);
    assertThat(run.task()).isEqualTo("export");
    assertThat(run.state()).isEqualTo(Activity.State.IN_PROGRESS);
    assertThat(services.work().isIdle()).isFalse();
  }

  @Test
  void runsPastTheCapWaitAndStartWhenARunExits() {
    for (int i = 0; i < 3; i++) {
      handle("POST", RUN_EXPORT, adminToken(null));
    }
    Activity first = ((PlatformApi.StartRun) orders.receiveMessage()).run();
    orders.receiveMessage();
    orders.expectNoMessage(Duration.ofMillis(50));

    api.tell(new PlatformApi.RunExited(first.id(), 0));

    Activity third = ((PlatformApi.StartRun) orders.receiveMessage()).run();
    assertThat(activities())
        .extracting(Activity::describeState)
        .containsExactly("complete (success)", "in_progress", "in_progress");
    assertThat(third.id()).isEqualTo(activities().get(2).id());
  }

  @Test
  void aTokenIssuedToARunIsRefusedOnceTheRunExits() {
    handle("POST", RUN_EXPORT, adminToken(null));
    Activity run = ((PlatformApi.StartRun) orders.receiveMessage()).run();
    String runToken = token(WorkloadId.task("export"), run.id(), Set.of(Grant.ENV_VIEW));

    int before = handle("GET", "/projects/p1/environments/main", runToken).status();
    api.tell(new PlatformApi.RunExited(run.id(), 0));
    ApiResponse after = handle("GET", "/projects/p1/environments/main", runToken);

    assertThat(before).isEqualTo(200);
    assertThat(after.decision().reason().code()).isEqualTo("run-ended");
  }

  @Test
  void aRunPastItsTimeoutIsOrderedStoppedAndFails() {
    handle("POST", RUN_EXPORT, adminToken(null));
    Activity run = ((PlatformApi.StartRun) orders.receiveMessage()).run();

    WakeUp<?> timeout =
        services.wakeUps().takeDueBy(TestServices.START.plus(Duration.ofDays(1))).orElseThrow();
    services.clock().moveTo(timeout.at());
    timeout.deliver();

    PlatformApi.StopRun stop = (PlatformApi.StopRun) orders.receiveMessage();
    assertThat(timeout.at()).isEqualTo(TestServices.START.plus(Duration.ofMinutes(10)));
    assertThat(stop.activityId()).isEqualTo(run.id());
    assertThat(stop.why()).contains("timeout of 10m");
    assertThat(activities().get(0).describeState()).isEqualTo("complete (failure)");
  }

  @Test
  void aRedeployCancelsEveryRunAndOrdersTheRunningOnesStopped() {
    for (int i = 0; i < 3; i++) {
      handle("POST", RUN_EXPORT, adminToken(null));
    }
    orders.receiveMessage();
    orders.receiveMessage();
    var config = Academy.config();

    api.tell(new PlatformApi.Redeploy(config, AuthorizationResolver.resolve(config)));

    assertThat(orders.receiveMessage()).isInstanceOf(PlatformApi.StopRun.class);
    assertThat(orders.receiveMessage()).isInstanceOf(PlatformApi.StopRun.class);
    orders.expectNoMessage(Duration.ofMillis(50));
    assertThat(activities()).extracting(Activity::describeState).containsOnly("cancelled");
    assertThat(services.work().isIdle()).isTrue();
  }

  @Test
  void findingARunNamesTheLatestActiveOne() {
    handle("POST", RUN_EXPORT, adminToken(null));
    handle("POST", RUN_EXPORT, adminToken(null));
    TestProbe<PlatformApi.FoundRun> found = KIT.createTestProbe();

    api.tell(new PlatformApi.FindRun("export", found.ref()));
    api.tell(new PlatformApi.FindRun("cleanup", found.ref()));

    assertThat(found.receiveMessage().activityId()).isEqualTo(activities().get(1).id());
    assertThat(found.receiveMessage().activityId()).isNull();
  }

  private List<Activity> activities() {
    TestProbe<PlatformApi.ActivitiesListed> listed = KIT.createTestProbe();
    api.tell(new PlatformApi.ListActivities(listed.ref()));
    return listed.receiveMessage().activities();
  }

  private ApiResponse handle(String method, String path, String token) {
    TestProbe<ApiResponse> answer = KIT.createTestProbe();
    ApiRequest request = new ApiRequest(method, path, "Bearer " + token, null, "test");
    api.tell(new PlatformApi.Handle(request, answer.ref()));
    return answer.receiveMessage();
  }

  private String adminToken(String runId) {
    Set<Grant> grants = Set.of(Grant.ENV_VIEW, Grant.operateTask("export"));
    return token(Academy.ADMIN, runId, grants);
  }

  private String token(WorkloadId workload, String runId, Set<Grant> grants) {
    var now = services.clock().now();
    return codec.sign(
        new TokenClaims("p1", "main", workload, runId, grants, now, now.plusSeconds(60), "t"));
  }
}
