package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.container.Container;
import dev.upsim.orchestrator.container.ContainerView;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.workloads.program.Program;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.junit.jupiter.api.Test;

/** The containers a simulation lists for clients outside it, such as the HTTP server. */
class ContainersListTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void applicationsAndWorkersAreListedWithWhatTheySee() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      var containers = sim.containers("main");

      assertThat(containers)
          .extracting(ContainerView::name)
          .containsExactly(
              "admin", "admin--mailer", "admin--reporter", "admin--sandbox", "storefront");
      assertThat(containers.get(1).workload()).isEqualTo(Academy.MAILER);
      assertThat(containers.get(1).variables()).containsEntry("PLATFORM_APPLICATION_NAME", "admin");
      assertThat(containers.get(0).runId()).isNull();
    }
  }

  @Test
  void aTaskRunIsListedWhileItRunsAndNotAfter() {
    Map<WorkloadId, Program> programs =
        Map.of(WorkloadId.task("export"), Program.of(sleep(Duration.ofMinutes(1))));
    try (Simulation sim =
        Simulation.start(SimulationSpec.of(Academy.config()).withPrograms(programs))) {
      sim.perform("main", ADMIN, trigger("export"));
      Activity run = sim.activities("main").get(0);
      ContainerView running = sim.containers("main").get(5);
      sim.advance(Duration.ofMinutes(2));

      assertThat(running.name()).isEqualTo(run.container());
      assertThat(running.runId()).isEqualTo(run.id());
      assertThat(running.workload()).isEqualTo(WorkloadId.task("export"));
      assertThat(sim.containers("main")).hasSize(5);
    }
  }

  @Test
  void aDeployListsTheRespawnedContainersOnly() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      var before = sim.containers("main");
      sim.deploy("main", null);
      var after = sim.containers("main");

      assertThat(after).extracting(ContainerView::name).containsExactlyElementsOf(names(before));
      assertThat(after.get(0).container()).isNotEqualTo(before.get(0).container());
    }
  }

  @Test
  void aContainerTellsWhereItsProxyIsAndTheProxyIssuesTokensDirectly() throws Exception {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      ActorSystem<Void> client = ActorSystem.create(Behaviors.empty(), "client");
      try {
        ContainerView reporter = sim.containers("main").get(2);
        Container.ProxyFound found =
            AskPattern.<Container.Command, Container.ProxyFound>ask(
                    reporter.container(), Container.FindProxy::new, WAIT, client.scheduler())
                .toCompletableFuture()
                .get();
        AuthProxy.TokenReply reply =
            AskPattern.<AuthProxy.Command, AuthProxy.TokenReply>ask(
                    found.proxy(),
                    replyTo -> new AuthProxy.RequestToken(null, replyTo),
                    WAIT,
                    client.scheduler())
                .toCompletableFuture()
                .get();

        assertThat(((AuthProxy.TokenIssued) reply).claims().workload()).isEqualTo(Academy.REPORTER);
      } finally {
        client.terminate();
      }
    }
  }

  private static List<String> names(List<ContainerView> views) {
    return views.stream().map(ContainerView::name).toList();
  }
}
