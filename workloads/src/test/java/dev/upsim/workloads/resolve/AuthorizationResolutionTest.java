package dev.upsim.workloads.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantOrigin;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.config.ConfigLoader;
import dev.upsim.workloads.config.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The resolution rules of PLATFORM.md section 3, on a configuration loaded from YAML. */
class AuthorizationResolutionTest {

  private static final String FILE = "src/test/resources/config/resolution.yaml";
  private static final Resolution RESOLUTION = resolve();

  @Test
  void anApplicationHoldsItsOwnList() {
    ResolvedWorkload shop = workload(WorkloadId.app("shop"));

    assertThat(shop.grants())
        .containsExactly(
            new HeldGrant(Grant.operateTask("export"), GrantOrigin.OWN, at(6, 9)),
            new HeldGrant(Grant.ENV_VIEW, GrantOrigin.OWN, at(9, 9)));
    assertThat(shop.basis()).isEqualTo("own list at " + FILE + ":5");
  }

  @Test
  void aWorkerWithoutAListInheritsTheApplications() {
    ResolvedWorkload inheritor = workload(WorkloadId.worker("shop", "inheritor"));

    assertThat(inheritor.grants())
        .containsExactly(
            new HeldGrant(Grant.operateTask("export"), GrantOrigin.INHERITED, at(6, 9)),
            new HeldGrant(Grant.ENV_VIEW, GrantOrigin.INHERITED, at(9, 9)));
    assertThat(inheritor.basis()).isEqualTo("inherited from app:shop (" + FILE + ":5)");
  }

  @Test
  void aWorkerWithItsOwnListHoldsOnlyThatList() {
    ResolvedWorkload overrider = workload(WorkloadId.worker("shop", "overrider"));

    assertThat(overrider.grants())
        .containsExactly(new HeldGrant(Grant.operateTask("cleanup"), GrantOrigin.OWN, at(19, 13)));
    assertThat(overrider.holds(Grant.ENV_VIEW)).isFalse();
    assertThat(overrider.basis()).isEqualTo("own list at " + FILE + ":18");
  }

  @Test
  void aWorkerWithAnEmptyListHoldsNothing() {
    ResolvedWorkload silent = workload(WorkloadId.worker("shop", "silent"));

    assertThat(silent.grants()).isEmpty();
    assertThat(silent.basis()).isEqualTo("own list at " + FILE + ":25");
  }

  @Test
  void aCronHoldsExactlyTheApplicationsList() {
    ResolvedWorkload nightly = workload(WorkloadId.cron("shop", "nightly"));

    assertThat(nightly.grantSet()).containsExactly(Grant.ENV_VIEW, Grant.operateTask("export"));
    assertThat(nightly.grants()).allMatch(held -> held.origin() == GrantOrigin.INHERITED);
    assertThat(nightly.basis()).isEqualTo("inherited from app:shop (" + FILE + ":5)");
  }

  @Test
  void aTaskHoldsOnlyItsOwnList() {
    ResolvedWorkload export = workload(WorkloadId.task("export"));

    assertThat(export.grants())
        .containsExactly(new HeldGrant(Grant.operateTask("cleanup"), GrantOrigin.OWN, at(48, 9)));
    assertThat(export.holds(Grant.ENV_VIEW)).isFalse();
    assertThat(export.basis()).isEqualTo("own list at " + FILE + ":47");
  }

  @Test
  void aTaskWithoutAListHoldsNothingEvenWhenApplicationsHoldGrants() {
    ResolvedWorkload cleanup = workload(WorkloadId.task("cleanup"));

    assertThat(cleanup.grants()).isEmpty();
    assertThat(cleanup.basis()).isEqualTo("no authorizations declared");
  }

  @Test
  void anApplicationWithoutAuthorizationsHoldsNothing() {
    ResolvedWorkload web = workload(WorkloadId.app("static"));

    assertThat(web.grants()).isEmpty();
    assertThat(web.basis()).isEqualTo("no authorizations declared");
  }

  @Test
  void theWorkersAndCronsOfAnApplicationWithoutAuthorizationsHoldNothing() {
    ResolvedWorkload builder = workload(WorkloadId.worker("static", "builder"));
    ResolvedWorkload sweep = workload(WorkloadId.cron("static", "sweep"));

    assertThat(builder.grants()).isEmpty();
    assertThat(builder.basis()).isEqualTo("inherited from app:static, which declares none");
    assertThat(sweep.grants()).isEmpty();
    assertThat(sweep.basis()).isEqualTo("inherited from app:static, which declares none");
  }

  @Test
  void everyWorkloadIsResolvedInDeclarationOrder() {
    assertThat(RESOLUTION.workloads().keySet())
        .extracting(WorkloadId::toString)
        .containsExactly(
            "app:shop",
            "worker:shop/inheritor",
            "worker:shop/overrider",
            "worker:shop/silent",
            "cron:shop/nightly",
            "app:static",
            "worker:static/builder",
            "cron:static/sweep",
            "task:export",
            "task:cleanup");
  }

  @Test
  void whoCanOperateATaskListsEveryHolder() {
    assertThat(RESOLUTION.whoCan(Grant.operateTask("cleanup")))
        .extracting(workload -> workload.id().toString())
        .containsExactly("worker:shop/overrider", "task:export");
  }

  private static ResolvedWorkload workload(WorkloadId id) {
    return RESOLUTION.find(id).orElseThrow();
  }

  private static SourceLocation at(int line, int column) {
    return new SourceLocation(FILE, line, column);
  }

  private static Resolution resolve() {
    LoadResult result = ConfigLoader.load(Path.of(FILE));
    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    return AuthorizationResolver.resolve(((LoadResult.Loaded) result).config());
  }
}
