package dev.upsim.orchestrator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.orchestrator.container.ContainerView;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.fixtures.SimulationTestKit;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What containers share instead of each holding a copy: an idle container's heap is mostly what its
 * events and proxy keep, and 100,000 of them should not keep 100,000 copies of one value.
 */
@ExtendWith(TestKitJUnit5Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedPartsTest {

  @JUnit5TestKit final ActorTestKit testKit = SimulationTestKit.create(SharedPartsTest.class);

  @Test
  void aContainersEventsNameItsProxyWithOneString() {
    try (Simulation sim = startIn(SimulationSpec.of(Academy.config()))) {
      sim.requestToken("main", "admin--mailer", null);

      List<TraceEvent> events = eventsAbout(sim, "admin--mailer/proxy");
      assertThat(events)
          .extracting(TraceEvent::kind)
          .containsExactly(TraceKind.SPAWNED, TraceKind.TOKEN_REQUESTED, TraceKind.TOKEN_ISSUED);
      String spawned = events.get(0).target();
      assertThat(events.get(1).target()).isSameAs(spawned);
      assertThat(events.get(2).source()).isSameAs(spawned);
    }
  }

  @Test
  void theContainersOfOneWorkloadShareItsIdAcrossEnvironments() {
    try (Simulation sim = startIn(mainAndAPreview())) {
      ContainerView main = containerNamed(sim, "main", "admin--mailer");
      ContainerView preview = containerNamed(sim, "pr-1", "admin--mailer");

      assertThat(preview.workload()).isEqualTo(Academy.MAILER).isSameAs(main.workload());
    }
  }

  @Test
  void proxiesOfEqualGrantsShareOneSetAndSoDoTheirTokens() {
    try (Simulation sim = startIn(mainAndAPreview())) {
      Set<Grant> admin = grantsOfAToken(sim, "main", "admin");
      Set<Grant> mailer = grantsOfAToken(sim, "main", "admin--mailer");
      Set<Grant> preview = grantsOfAToken(sim, "pr-1", "admin--mailer");

      assertThat(mailer).isEqualTo(admin).isSameAs(admin);
      assertThat(preview).isSameAs(admin);
      assertThat(grantsOfAToken(sim, "main", "admin--reporter")).isNotEqualTo(admin);
    }
  }

  private static SimulationSpec mainAndAPreview() {
    return SimulationSpec.of(Academy.config())
        .withEnvironments(Map.of("main", "production", "pr-1", "development"));
  }

  private static Set<Grant> grantsOfAToken(Simulation sim, String environment, String name) {
    return ((TokenIssued) sim.requestToken(environment, name, null)).claims().grants();
  }

  private static ContainerView containerNamed(Simulation sim, String environment, String name) {
    return sim.containers(environment).stream()
        .filter(view -> view.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<TraceEvent> eventsAbout(Simulation sim, String name) {
    return sim.trace().stream()
        .filter(e -> name.equals(e.source()) || name.equals(e.target()))
        .toList();
  }

  private Simulation startIn(SimulationSpec spec) {
    return Simulation.startIn(testKit.system(), spec);
  }
}
