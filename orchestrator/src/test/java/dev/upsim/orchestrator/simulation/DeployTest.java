package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.REPORTER;
import static dev.upsim.orchestrator.fixtures.Steps.ENV;
import static dev.upsim.orchestrator.fixtures.Steps.call;
import static dev.upsim.orchestrator.fixtures.Steps.get;
import static dev.upsim.orchestrator.fixtures.Steps.tokenSavedAs;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upsim.auth.Grant;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.fixtures.TestConfig;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.TokenChoice;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A deploy respawns every container with newly resolved grants; old tokens keep theirs. */
class DeployTest {

  @Test
  void aChangedConfigurationRespawnsContainersWithTheirNewGrants() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      ActionOutcome before = sim.perform("main", REPORTER, trigger("export"));
      sim.perform("main", REPORTER, tokenSavedAs("before-deploy", 600L));
      sim.deploy("main", reporterMayExport());
      ActionOutcome after = sim.perform("main", REPORTER, trigger("export"));
      ActionOutcome oldToken =
          sim.perform(
              "main",
              REPORTER,
              call("POST", ENV + "/tasks/export/run", null, TokenChoice.saved("before-deploy")));

      assertThat(before.reason()).isEqualTo("missing-grant");
      assertThat(after.status()).isEqualTo(202);
      assertThat(oldToken.reason()).isEqualTo("missing-grant");
      assertThat(oldToken.claims().grants()).containsExactly(Grant.ENV_VIEW);
    }
  }

  @Test
  void aDeployStopsTheOldContainersAndSpawnsNewOnes() {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      sim.advance(Duration.ofMinutes(1));
      sim.deploy("main", null);

      assertThat(sim.trace())
          .filteredOn(e -> e.kind() == TraceKind.STOPPED && "admin".equals(e.target()))
          .singleElement()
          .satisfies(e -> assertThat(e.content()).contains("deployed"));
      assertThat(sim.trace())
          .filteredOn(e -> e.kind() == TraceKind.SPAWNED && "admin".equals(e.target()))
          .hasSize(2);
    }
  }

  @Test
  void theDeploymentsListShowsEachDeployNewestFirst() throws Exception {
    try (Simulation sim = Simulation.start(SimulationSpec.of(Academy.config()))) {
      sim.advance(Duration.ofHours(1));
      sim.deploy("main", reporterMayExport());
      ActionOutcome deployments = sim.perform("main", Academy.ADMIN, get(ENV + "/deployments"));

      var list = new ObjectMapper().readTree(deployments.body());
      assertThat(list).hasSize(2);
      assertThat(list.get(0).path("id").asInt()).isEqualTo(2);
      assertThat(list.get(0).path("deployed_at").asText()).isEqualTo("2026-01-01T01:00:00Z");
    }
  }

  @Test
  void aDeployOfOneEnvironmentLeavesTheOthersAlone() {
    var environments = new java.util.LinkedHashMap<String, String>();
    environments.put("main", "production");
    environments.put("staging", "staging");
    SimulationSpec spec = SimulationSpec.of(Academy.config()).withEnvironments(environments);
    try (Simulation sim = Simulation.start(spec)) {
      sim.deploy("main", reporterMayExport());

      assertThat(sim.perform("staging", REPORTER, trigger("export")).reason())
          .isEqualTo("missing-grant");
      assertThat(sim.perform("main", REPORTER, trigger("export")).status()).isEqualTo(202);
    }
  }

  private static ProjectConfig reporterMayExport() {
    return TestConfig.project()
        .app("admin", Grant.operateTask("export"), Grant.ENV_VIEW)
        .workerWith("admin", "reporter", Grant.ENV_VIEW, Grant.operateTask("export"))
        .task("export", Grant.ENV_VIEW)
        .build();
  }
}
