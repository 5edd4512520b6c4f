package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.fixtures.SimulationTestKit;
import dev.upsim.workloads.program.Program;
import java.time.Duration;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Simulations started inside an actor system they are given, an ActorTestKit's. */
@ExtendWith(TestKitJUnit5Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostedSimulationTest {

  @JUnit5TestKit final ActorTestKit testKit = SimulationTestKit.create(HostedSimulationTest.class);

  @Test
  void aHostedSimulationGivesTheTraceOfOneInASystemOfItsOwn() {
    String own = run(Simulation.start(spec()));
    String hosted = run(Simulation.startIn(testKit.system(), spec()));

    assertThat(hosted).isEqualTo(own).contains("\"kind\":\"activity-changed\"");
  }

  @Test
  void closingAHostedSimulationStopsItsActorsAndLeavesTheSystemRunning() {
    Simulation first = Simulation.startIn(testKit.system(), spec());
    first.perform("main", ADMIN, trigger("export"));
    first.close();
    TestProbe<String> probe = testKit.createTestProbe();

    probe.ref().tell("still running");

    probe.expectMessage("still running");
    try (Simulation second = Simulation.startIn(testKit.system(), spec())) {
      assertThat(second.perform("main", ADMIN, trigger("export")).status()).isEqualTo(202);
      assertThat(second.activities("main")).hasSize(1);
    }
  }

  @Test
  void aSystemWhoseDispatcherDoesNotCountItsTasksCannotHostASimulation() {
    String plain = "upsim.simulation-dispatcher.executor = thread-pool-executor";
    ActorTestKit other =
        ActorTestKit.create(
            "plain", ConfigFactory.parseString(plain).withFallback(Simulation.systemConfig()));
    try {
      assertThatThrownBy(() -> Simulation.startIn(other.system(), spec()))
          .hasMessageContaining("actor system plain cannot host a simulation")
          .hasMessageContaining("Simulation.systemConfig()");
    } finally {
      other.shutdownTestKit();
    }
  }

  private static String run(Simulation sim) {
    try (sim) {
      sim.perform("main", ADMIN, trigger("export"));
      sim.settle();
      return sim.traceJsonLines();
    }
  }

  private static SimulationSpec spec() {
    Program waits = Program.of(sleep(Duration.ofMinutes(3)), trigger("cleanup"));
    return SimulationSpec.of(Academy.config())
        .withSeed(3)
        .withPrograms(Map.of(WorkloadId.task("export"), waits));
  }
}
