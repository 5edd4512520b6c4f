package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantOrigin;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.resolve.ResolvedWorkload;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainJsonTest {

  @Test
  void documentHasFixedFieldOrderAndTwoSpaceIndents() {
    String json = ExplainJson.render(List.of(WORKER, CLEANUP));

    assertThat(json)
        .isEqualTo(
            """
            {
              "workloads": [
                {
                  "id": "worker:shop/queue",
                  "basis": "inherited from app:shop (.upsun/config.yaml:7)",
                  "grants": [
                    {
                      "grant": "env:view",
                      "origin": "inherited",
                      "file": ".upsun/config.yaml",
                      "line": 8
                    }
                  ]
                },
                {
                  "id": "task:cleanup",
                  "basis": "no authorizations declared",
                  "grants": []
                }
              ]
            }
            """);
  }

  @Test
  void noWorkloadsIsAnEmptyList() {
    assertThat(ExplainJson.render(List.of())).isEqualTo("{\n  \"workloads\": []\n}\n");
  }

  @Test
  void sameInputGivesTheSameBytes() {
    assertThat(ExplainJson.render(List.of(WORKER, CLEANUP)))
        .isEqualTo(ExplainJson.render(List.of(WORKER, CLEANUP)));
  }

  private static final ResolvedWorkload WORKER =
      new ResolvedWorkload(
          WorkloadId.worker("shop", "queue"),
          List.of(
              new HeldGrant(
                  Grant.ENV_VIEW,
                  GrantOrigin.INHERITED,
                  new SourceLocation(".upsun/config.yaml", 8, 9))),
          "inherited from app:shop (.upsun/config.yaml:7)");

  private static final ResolvedWorkload CLEANUP =
      new ResolvedWorkload(WorkloadId.task("cleanup"), List.of(), "no authorizations declared");
}
