package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static dev.upsim.orchestrator.fixtures.Academy.MAILER;
import static dev.upsim.orchestrator.fixtures.Academy.NIGHTLY;
import static dev.upsim.orchestrator.fixtures.Academy.REPORTER;
import static dev.upsim.orchestrator.fixtures.Academy.SANDBOX;
import static dev.upsim.orchestrator.fixtures.Academy.STOREFRONT;
import static dev.upsim.orchestrator.fixtures.Steps.ENV;
import static dev.upsim.orchestrator.fixtures.Steps.get;
import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.fixtures.Steps.token;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.auth.proxy.AuthProxy.TokenRefused;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.fixtures.SimulationTestKit;
import dev.upsim.orchestrator.supervision.EnvironmentSupervisor;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.Program;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PLATFORM.md section 4: every container's own proxy, and the tokens it issues. Simulations run in
 * the test kit's system; probes stand at the end of a token request to watch the reply cross.
 */
@ExtendWith(TestKitJUnit5Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyRulesTest {

  private static final Grant EXPORT = Grant.operateTask("export");
  private static final Grant REINDEX = Grant.operateTask("reindex");

  @JUnit5TestKit final ActorTestKit testKit = SimulationTestKit.create(ProxyRulesTest.class);

  @Test
  void aTokenRequestCrossesToTheContainersOwnProxyAndItsReplyComesBack() {
    TestProbe<TokenReply> client = testKit.createTestProbe();
    try (Simulation sim = start(SimulationSpec.of(Academy.config()))) {
      sim.tell(
          "main", new EnvironmentSupervisor.RequestToken("admin--reporter", 120L, client.ref()));

      TokenIssued issued = client.expectMessageClass(TokenIssued.class);
      assertThat(issued.claims().workload()).isEqualTo(REPORTER);
      assertThat(issued.claims().grants()).containsExactly(Grant.ENV_VIEW);
      assertThat(issued.expiresIn()).isEqualTo(120);
      assertThat(sim.trace())
          .anyMatch(
              e ->
                  e.kind() == TraceKind.TOKEN_REQUESTED
                      && e.source().equals("http")
                      && e.target().equals("admin--reporter/proxy"));
    }
  }

  @Test
  void aTokenCarriesItsEnvironmentItsWorkloadAndExactlyItsResolvedGrants() {
    try (Simulation sim = start(SimulationSpec.of(Academy.config()))) {
      ActionOutcome admin = sim.perform("main", ADMIN, token());

      assertThat(admin.claims().environment()).isEqualTo("main");
      assertThat(admin.claims().workload()).isEqualTo(ADMIN);
      assertThat(admin.claims().runId()).isNull();
      assertThat(grantsOf(sim, ADMIN)).containsExactly(Grant.ENV_VIEW, EXPORT, REINDEX);
      assertThat(grantsOf(sim, MAILER)).containsExactly(Grant.ENV_VIEW, EXPORT, REINDEX);
      assertThat(grantsOf(sim, REPORTER)).containsExactly(Grant.ENV_VIEW);
      assertThat(grantsOf(sim, SANDBOX)).isEmpty();
      assertThat(grantsOf(sim, STOREFRONT)).isEmpty();
    }
  }

  @Test
  void aCronAsksItsApplicationsProxyAndHoldsTheApplicationsGrants() {
    TestProbe<ActionOutcome> cron = testKit.createTestProbe();
    try (Simulation sim = start(SimulationSpec.of(Academy.config()))) {
      sim.tell("main", new EnvironmentSupervisor.Perform(NIGHTLY, token(), cron.ref()));

      ActionOutcome outcome = cron.receiveMessage();
      assertThat(outcome.claims().workload()).isEqualTo(ADMIN);
      assertThat(outcome.claims().grants()).containsExactly(Grant.ENV_VIEW, EXPORT, REINDEX);
      assertThat(sim.trace())
          .anyMatch(
              e ->
                  e.kind() == TraceKind.TOKEN_REQUESTED
                      && e.source().equals("admin/cron/nightly")
                      && e.target().equals("admin/proxy"));
    }
  }

  @Test
  void aTaskRunAsksTheProxyOfItsOwnContainer() {
    Program waits = Program.of(sleep(Duration.ofMinutes(5)));
    SimulationSpec spec =
        SimulationSpec.of(Academy.config()).withPrograms(Map.of(WorkloadId.task("export"), waits));
    TestProbe<ActionOutcome> run = testKit.createTestProbe();
    try (Simulation sim = start(spec)) {
      sim.perform("main", ADMIN, trigger("export"));
      Activity export = sim.activities("main").get(0);
      var asks = new EnvironmentSupervisor.Perform(WorkloadId.task("export"), token(), run.ref());
      sim.tell("main", asks);

      ActionOutcome outcome = run.receiveMessage();
      assertThat(outcome.claims().workload()).isEqualTo(WorkloadId.task("export"));
      assertThat(outcome.claims().runId()).isEqualTo(export.id());
      assertThat(outcome.claims().grants()).containsExactly(Grant.ENV_VIEW, cleanup());
      assertThat(sim.trace())
          .anyMatch(
              e ->
                  e.kind() == TraceKind.TOKEN_ISSUED
                      && e.source().equals(export.container() + "/proxy")
                      && e.target().equals(export.container()));
    }
  }

  @Test
  void everyApplicationAndWorkerContainerHasAProxyOfItsOwn() {
    try (Simulation sim = start(SimulationSpec.of(Academy.config()))) {
      assertThat(sim.trace())
          .filteredOn(e -> e.kind() == TraceKind.SPAWNED && e.target().endsWith("/proxy"))
          .extracting(e -> e.target())
          .containsExactly(
              "admin/proxy",
              "admin--mailer/proxy",
              "admin--reporter/proxy",
              "admin--sandbox/proxy",
              "storefront/proxy");
    }
  }

  @Test
  void theDefaultLifetimeIsSixtySecondsAndLongerRequestsAreCutToTheMaximum() {
    try (Simulation sim = start(SimulationSpec.of(Academy.config()))) {
      ActionOutcome standard = sim.perform("main", ADMIN, token());
      ActionOutcome asked = sim.perform("main", ADMIN, new Action.RequestToken(300L, null, null));
      ActionOutcome greedy = sim.perform("main", ADMIN, new Action.RequestToken(3600L, null, null));

      assertThat(standard.expiresIn()).isEqualTo(60);
      assertThat(asked.expiresIn()).isEqualTo(300);
      assertThat(greedy.expiresIn()).isEqualTo(900);
      assertThat(Duration.between(greedy.claims().issuedAt(), greedy.claims().expiresAt()))
          .isEqualTo(Duration.ofSeconds(900));
    }
  }

  @Test
  void bothLifetimesAreSettings() {
    SimulationSpec spec =
        SimulationSpec.of(Academy.config())
            .withSettings("proxy.default-ttl = 30s\nproxy.max-ttl = 120s");
    try (Simulation sim = start(spec)) {
      ActionOutcome standard = sim.perform("main", ADMIN, token());
      ActionOutcome greedy = sim.perform("main", ADMIN, new Action.RequestToken(900L, null, null));

      assertThat(standard.expiresIn()).isEqualTo(30);
      assertThat(greedy.expiresIn()).isEqualTo(120);
    }
  }

  @Test
  void aLifetimeThatIsNotPositiveIsABadRequest() {
    TestProbe<TokenReply> client = testKit.createTestProbe();
    try (Simulation sim = start(SimulationSpec.of(Academy.config()))) {
      sim.tell("main", new EnvironmentSupervisor.RequestToken("admin", 0L, client.ref()));

      TokenRefused refused = client.expectMessageClass(TokenRefused.class);
      assertThat(refused.reason().code()).isEqualTo("bad-request");
      assertThat(refused.explanation()).contains("x-token-ttl must be a positive number");
    }
  }

  @Test
  void aTokenIsAJwtSignedWithHs256ByDefaultAndWithEd25519WhenAsked() {
    SimulationSpec spec = SimulationSpec.of(Academy.config());
    try (Simulation hs256 = start(spec);
        Simulation ed25519 = start(spec.withSettings("tokens.signing = ed25519"))) {
      ActionOutcome secret = hs256.perform("main", ADMIN, token());
      ActionOutcome keyPair = ed25519.perform("main", ADMIN, token());

      assertThat(headerOf(secret.token())).contains("\"alg\":\"HS256\"").contains("\"JWT\"");
      assertThat(headerOf(keyPair.token())).contains("\"alg\":\"EdDSA\"");
      assertThat(ed25519.perform("main", ADMIN, get(ENV)).status()).isEqualTo(200);
    }
  }

  @Test
  void pastTheRateLimitTheProxyRefusesWith429() {
    SimulationSpec spec =
        SimulationSpec.of(Academy.config())
            .withSettings("proxy.rate-limit.tokens = 2\nproxy.rate-limit.per = 1m");
    try (Simulation sim = start(spec)) {
      sim.perform("main", ADMIN, token());
      sim.perform("main", ADMIN, token());
      ActionOutcome third = sim.perform("main", ADMIN, token());
      ActionOutcome call = sim.perform("main", ADMIN, get(ENV));
      sim.advance(Duration.ofMinutes(1));
      ActionOutcome later = sim.perform("main", ADMIN, token());

      assertThat(third.status()).isEqualTo(429);
      assertThat(third.reason()).isEqualTo("rate-limited");
      assertThat(call.status()).isEqualTo(429);
      assertThat(call.reason()).isEqualTo("rate-limited");
      assertThat(later.status()).isEqualTo(200);
      assertThat(sim.trace()).anyMatch(e -> e.kind() == TraceKind.TOKEN_REFUSED);
    }
  }

  @Test
  void theRateLimitIsOffByDefault() {
    try (Simulation sim = start(SimulationSpec.of(Academy.config()))) {
      for (int i = 0; i < 50; i++) {
        assertThat(sim.perform("main", ADMIN, token()).status()).isEqualTo(200);
      }
    }
  }

  @Test
  void aClientOutsideTheSimulationGetsTokensFromAContainersProxy() {
    try (Simulation sim = start(SimulationSpec.of(Academy.config()))) {
      TokenReply issued = sim.requestToken("main", "admin--reporter", 120L);
      TokenReply unknown = sim.requestToken("main", "nosuch", null);

      assertThat(((TokenIssued) issued).claims().workload()).isEqualTo(REPORTER);
      assertThat(((TokenIssued) issued).expiresIn()).isEqualTo(120);
      assertThat(((TokenRefused) unknown).explanation()).contains("no container named nosuch");
      assertThat(sim.trace())
          .anyMatch(e -> e.kind() == TraceKind.TOKEN_ISSUED && "http".equals(e.target()));
    }
  }

  @Test
  void aBatchOfTokenRequestsIsAnsweredInTheOrderAskedAndTracedAsSingleRequestsAre() {
    List<String> asked = List.of("admin--reporter", "nosuch", "admin");
    try (Simulation batch = start(SimulationSpec.of(Academy.config()));
        Simulation single = start(SimulationSpec.of(Academy.config()))) {
      List<TokenReply> replies = batch.requestTokens("main", asked, 120L);
      asked.forEach(container -> single.requestToken("main", container, 120L));

      assertThat(((TokenIssued) replies.get(0)).claims().workload()).isEqualTo(REPORTER);
      assertThat(((TokenRefused) replies.get(1)).explanation()).contains("no container named");
      assertThat(((TokenIssued) replies.get(2)).claims().workload()).isEqualTo(ADMIN);
      assertThat(batch.traceJsonLines()).isEqualTo(single.traceJsonLines());
    }
  }

  private Simulation start(SimulationSpec spec) {
    return Simulation.startIn(testKit.system(), spec);
  }

  private static Grant cleanup() {
    return Grant.operateTask("cleanup");
  }

  private static Set<Grant> grantsOf(Simulation sim, WorkloadId workload) {
    return sim.perform("main", workload, token()).claims().grants();
  }

  private static String headerOf(String jwt) {
    String header = jwt.substring(0, jwt.indexOf('.'));
    return new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8);
  }
}
