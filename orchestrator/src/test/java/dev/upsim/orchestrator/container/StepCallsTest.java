package dev.upsim.orchestrator.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StepCallsTest {

  private final StepCalls calls = new StepCalls("p1", "pr-4");

  @Test
  void projectAndEnvironmentPlaceholdersExpandToTheRunnersOwn() {
    assertThat(calls.expand("/projects/{project}/environments/{env}/tasks"))
        .isEqualTo("/projects/p1/environments/pr-4/tasks");
    assertThat(calls.runPath("export"))
        .isEqualTo("/projects/p1/environments/pr-4/tasks/export/run");
    assertThat(calls.cancelPath("a1"))
        .isEqualTo("/projects/p1/environments/pr-4/activities/a1/cancel");
  }

  @Test
  void aRunBodyCarriesTheVariablesAsVariablesEnvAndIsAbsentWithoutThem() {
    assertThat(calls.runBody(Map.of("A", "1")))
        .isEqualTo("{\"variables\":{\"env\":{\"A\":\"1\"}}}");
    assertThat(calls.runBody(Map.of())).isNull();
  }

  @Test
  void tamperingChangesTheFirstCharacterOfTheSignatureOnly() {
    assertThat(StepCalls.tamper("head.body.Sig")).isEqualTo("head.body.Aig");
    assertThat(StepCalls.tamper("head.body.Aig")).isEqualTo("head.body.Big");
    assertThat(StepCalls.tamper("opaque")).isEqualTo("opaquex");
  }
}
