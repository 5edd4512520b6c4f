package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Action;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PLATFORM.md section 7: what a container sees. */
class ContainerViewTest {

  @Test
  void everyContainerSeesThePlatformVariablesItsConfigurationAndTheApiAddress() {
    SimulationSpec spec =
        SimulationSpec.of(Academy.config())
            .withProject("shop")
            .withEnvironments(Map.of("pr-4", "development"))
            .withSettings("api.base-url = \"http://api.test:9000\"");
    try (Simulation sim = Simulation.start(spec)) {
      String admin = spawnedContent(sim, "admin");
      String mailer = spawnedContent(sim, "admin--mailer");

      assertThat(admin)
          .contains("PLATFORM_PROJECT=shop")
          .contains("PLATFORM_ENVIRONMENT=pr-4")
          .contains("PLATFORM_BRANCH=pr-4")
          .contains("PLATFORM_ENVIRONMENT_TYPE=development")
          .contains("PLATFORM_APPLICATION_NAME=admin")
          .contains("LOG=1")
          .contains("UPSIM_API_URL=http://api.test:9000");
      assertThat(mailer).contains("PLATFORM_APPLICATION_NAME=admin").contains("LOG=1");
    }
  }

  @Test
  void aTaskRunSeesTheTasksNameItsConfigurationAndTheRunsVariables() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      Map<String, String> variables = Map.of("TARGET", "s3", "PLATFORM_APPLICATION_NAME", "hijack");
      sim.perform("main", ADMIN, new Action.Trigger("export", variables, null));
      String container = sim.activities("main").get(0).container();

      assertThat(spawnedContent(sim, container))
          .contains("PLATFORM_APPLICATION_NAME=export")
          .contains("TASK_SETTING=on")
          .contains("TARGET=s3")
          .doesNotContain("hijack");
    }
  }

  private static String spawnedContent(Simulation sim, String container) {
    return sim.trace().stream()
        .filter(e -> e.kind() == TraceKind.SPAWNED && container.equals(e.target()))
        .map(TraceEvent::content)
        .findFirst()
        .orElseThrow();
  }
}
