package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static dev.upsim.orchestrator.fixtures.Academy.MAILER;
import static dev.upsim.orchestrator.fixtures.Academy.NIGHTLY;
import static dev.upsim.orchestrator.fixtures.Academy.REPORTER;
import static dev.upsim.orchestrator.fixtures.Academy.SANDBOX;
import static dev.upsim.orchestrator.fixtures.Academy.STOREFRONT;
import static dev.upsim.orchestrator.fixtures.Steps.ENV;
import static dev.upsim.orchestrator.fixtures.Steps.get;
import static dev.upsim.orchestrator.fixtures.Steps.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.auth.proxy.AuthProxy.TokenRefused;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** PLATFORM.md section 4: every container's own proxy, and the tokens it issues. */
class ProxyRulesTest {

  private static final Grant EXPORT = Grant.operateTask("export");
  private static final Grant REINDEX = Grant.operateTask("reindex");

  @Test
  void aTokenCarriesItsEnvironmentItsWorkloadAndExactlyItsResolvedGrants() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
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
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      ActionOutcome cron = sim.perform("main", NIGHTLY, token());

      assertThat(cron.claims().workload()).isEqualTo(ADMIN);
      assertThat(cron.claims().grants()).containsExactly(Grant.ENV_VIEW, EXPORT, REINDEX);
      assertThat(sim.trace())
          .anyMatch(
              e ->
                  e.kind() == TraceKind.TOKEN_REQUESTED
                      && e.source().equals("admin/cron/nightly")
                      && e.target().equals("admin/proxy"));
    }
  }

  @Test
  void everyApplicationAndWorkerContainerHasAProxyOfItsOwn() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
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
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      ActionOutcome standard = sim.perform("main", ADMIN, token());
      ActionOutcome asked = sim.perform("main", ADMIN, new Action.RequestToken(300L, null, null));
      ActionOutcome greedy = sim.perform("main", ADMIN, new Action.RequestToken(3600L, null, null));

      assertThat(standard.expiresIn()).isEqualTo(60);
      assertThat(asked.expiresIn()).isEqualTo(300);
      assertThat(greedy.expiresIn()).isEqualTo(900);
    }
  }

  @Test
  void pastTheRateLimitTheProxyRefusesWith429() {
    SimulationSpec spec =
        SimulationSpec.of(Academy.config())
            .withSettings("proxy.rate-limit.tokens = 2\nproxy.rate-limit.per = 1m");
    try (Simulation sim = Simulation.start(spec)) {
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
  void aClientOutsideTheSimulationGetsTokensFromAContainersProxy() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      TokenReply issued = sim.requestToken("main", "admin--reporter", 120L);
      TokenReply unknown = sim.requestToken("main", "nosuch", null);

      assertThat(((TokenIssued) issued).claims().workload()).isEqualTo(REPORTER);
      assertThat(((TokenIssued) issued).expiresIn()).isEqualTo(120);
      assertThat(((TokenRefused) unknown).explanation()).contains("no container named nosuch");
      assertThat(sim.trace())
          .anyMatch(e -> e.kind() == TraceKind.TOKEN_ISSUED && "http".equals(e.target()));
    }
  }

  private static Set<Grant> grantsOf(Simulation sim, WorkloadId workload) {
    return sim.perform("main", workload, token()).claims().grants();
  }
}
