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

class ExplainTableTest {

  @Test
  void columnsAreAlignedAndTheLastIsNotPadded() {
    String table = new ExplainTable(Style.PLAIN).render(List.of(APP, WORKER, EXPORT));

    assertThat(table)
        .isEqualTo(
            "WORKLOAD           GRANT                 ORIGIN     DECLARED AT\n"
                + "app:shop           env:view              own        config.yaml:8\n"
                + "worker:shop/queue  env:view              inherited  config.yaml:8\n"
                + "task:export        task:operate:cleanup  own        config.yaml:30\n"
                + "task:export        env:view              own        config.yaml:33\n");
  }

  @Test
  void workloadWithoutGrantsGetsOneRowSayingWhy() {
    String table = new ExplainTable(Style.PLAIN).render(List.of(APP, CLEANUP));

    assertThat(table.lines())
        .containsExactly(
            "WORKLOAD      GRANT     ORIGIN  DECLARED AT",
            "app:shop      env:view  own     config.yaml:8",
            "task:cleanup  (none: no authorizations declared)");
  }

  @Test
  void colourNeverChangesTheAlignment() {
    String coloured = new ExplainTable(Style.ANSI).render(List.of(APP, CLEANUP));
    String plain = new ExplainTable(Style.PLAIN).render(List.of(APP, CLEANUP));

    assertThat(coloured).contains("\u001b[");
    assertThat(coloured.replaceAll("\u001b\\[\\d+m", "")).isEqualTo(plain);
  }

  @Test
  void noWorkloadsLeavesTheHeadingsAlone() {
    assertThat(new ExplainTable(Style.PLAIN).render(List.of()))
        .isEqualTo("WORKLOAD  GRANT  ORIGIN  DECLARED AT\n");
  }

  private static final SourceLocation APP_LIST = new SourceLocation("config.yaml", 8, 9);

  private static final ResolvedWorkload APP =
      new ResolvedWorkload(
          WorkloadId.app("shop"),
          List.of(new HeldGrant(Grant.ENV_VIEW, GrantOrigin.OWN, APP_LIST)),
          "own list at config.yaml:7");

  private static final ResolvedWorkload WORKER =
      new ResolvedWorkload(
          WorkloadId.worker("shop", "queue"),
          List.of(new HeldGrant(Grant.ENV_VIEW, GrantOrigin.INHERITED, APP_LIST)),
          "inherited from app:shop (config.yaml:7)");

  private static final ResolvedWorkload EXPORT =
      new ResolvedWorkload(
          WorkloadId.task("export"),
          List.of(
              new HeldGrant(
                  Grant.operateTask("cleanup"),
                  GrantOrigin.OWN,
                  new SourceLocation("config.yaml", 30, 9)),
              new HeldGrant(
                  Grant.ENV_VIEW, GrantOrigin.OWN, new SourceLocation("config.yaml", 33, 9))),
          "own list at config.yaml:29");

  private static final ResolvedWorkload CLEANUP =
      new ResolvedWorkload(WorkloadId.task("cleanup"), List.of(), "no authorizations declared");
}
