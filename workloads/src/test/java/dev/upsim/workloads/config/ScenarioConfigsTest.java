package dev.upsim.workloads.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.resolve.AuthorizationResolver;
import dev.upsim.workloads.resolve.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The realistic configurations under the repository's {@code scenarios/configs/}, which scenarios
 * reuse, load cleanly as whole projects with services, routes, hooks, mounts and the rest.
 */
class ScenarioConfigsTest {

  private static final String CONFIGS = "../scenarios/configs/";

  /** Configurations that scenarios use to show a rejection. */
  private static final Set<String> BROKEN_ON_PURPOSE = Set.of("cron-declares-authorizations");

  @Test
  void theShopLoadsWithItsTwoApplicationsAndTwoTasks() {
    ProjectConfig shop = loaded("shop");

    assertThat(shop.files()).containsExactly(CONFIGS + "shop/.upsun/config.yaml");
    assertThat(shop.applications().keySet()).containsExactly("storefront", "admin");
    assertThat(shop.applications().get("storefront").workers().keySet()).containsExactly("queue");
    assertThat(shop.applications().get("storefront").crons().keySet()).containsExactly("nightly");
    assertThat(shop.tasks().keySet()).containsExactly("export", "cleanup");
    assertThat(shop.tasks().get("export").timeout()).isEqualTo(Duration.ofSeconds(1800));
  }

  @Test
  void theShopsWorkloadsHoldTheGrantsItsStoryNeeds() {
    Resolution resolution = AuthorizationResolver.resolve(loaded("shop"));

    assertThat(grants(resolution, WorkloadId.worker("storefront", "queue")))
        .containsExactly(Grant.ENV_VIEW);
    assertThat(grants(resolution, WorkloadId.cron("storefront", "nightly")))
        .containsExactly(Grant.ENV_VIEW);
    assertThat(grants(resolution, WorkloadId.app("admin")))
        .containsExactly(Grant.ENV_VIEW, Grant.operateTask("cleanup"), Grant.operateTask("export"));
    assertThat(grants(resolution, WorkloadId.task("export")))
        .containsExactly(Grant.ENV_VIEW, Grant.operateTask("cleanup"));
    assertThat(grants(resolution, WorkloadId.task("cleanup"))).containsExactly(Grant.ENV_VIEW);
  }

  @Test
  void theMultiFileProjectMergesFourFilesInNameOrder() {
    ProjectConfig project = loaded("multi-file");

    String upsun = CONFIGS + "multi-file/.upsun/";
    assertThat(project.files())
        .containsExactly(
            upsun + "applications.yaml",
            upsun + "routes.yaml",
            upsun + "services.yaml",
            upsun + "tasks.yml");
    assertThat(project.applications().keySet()).containsExactly("api", "front");
    assertThat(project.tasks().get("reindex").at().file()).isEqualTo(upsun + "tasks.yml");
  }

  @Test
  void theMultiFileMailerOverridesWithAnEmptyList() {
    Resolution resolution = AuthorizationResolver.resolve(loaded("multi-file"));

    assertThat(grants(resolution, WorkloadId.worker("api", "mailer"))).isEmpty();
    assertThat(grants(resolution, WorkloadId.worker("api", "indexer")))
        .containsExactly(Grant.ENV_VIEW, Grant.operateTask("reindex"));
    assertThat(grants(resolution, WorkloadId.cron("api", "refresh-search")))
        .containsExactly(Grant.ENV_VIEW, Grant.operateTask("reindex"));
    assertThat(grants(resolution, WorkloadId.task("backup"))).isEmpty();
  }

  @Test
  void theNewsSiteLoadsWithAChainOfTasks() {
    ProjectConfig news = loaded("news");

    assertThat(news.applications().keySet()).containsExactly("site", "editor");
    assertThat(news.applications().get("site").crons().get("sitemap").spec())
        .isEqualTo("H(0-29) 2 * * *");
    assertThat(news.tasks().keySet()).containsExactly("rebuild-feeds", "purge-cache", "archive");
    assertThat(news.tasks().get("archive").timeout()).isEqualTo(Duration.ofSeconds(86400));
  }

  @Test
  void theNewsIngestWorkerNarrowsItsApplicationsList() {
    Resolution resolution = AuthorizationResolver.resolve(loaded("news"));

    assertThat(grants(resolution, WorkloadId.app("editor")))
        .containsExactly(Grant.ENV_VIEW, Grant.operateTask("rebuild-feeds"));
    assertThat(grants(resolution, WorkloadId.worker("editor", "ingest")))
        .containsExactly(Grant.operateTask("rebuild-feeds"));
    assertThat(grants(resolution, WorkloadId.worker("editor", "thumbnails")))
        .containsExactly(Grant.ENV_VIEW, Grant.operateTask("rebuild-feeds"));
    assertThat(grants(resolution, WorkloadId.task("rebuild-feeds")))
        .containsExactly(Grant.operateTask("purge-cache"));
  }

  @Test
  void everyConfigurationOfTheLibraryLoadsExceptThoseBrokenOnPurpose() throws IOException {
    try (Stream<Path> configs = Files.list(Path.of(CONFIGS))) {
      List<String> names = configs.map(path -> path.getFileName().toString()).sorted().toList();

      assertThat(names).contains("shop", "multi-file", "news");
      names.stream()
          .filter(name -> !BROKEN_ON_PURPOSE.contains(name))
          .forEach(name -> loaded(name));
    }
  }

  @Test
  void aCronDeclaringAuthorizationsInTheLibraryIsRejectedAtItsKey() {
    LoadResult result = ConfigLoader.load(Path.of(CONFIGS + "cron-declares-authorizations"));

    assertThat(result).isInstanceOf(LoadResult.Rejected.class);
    ConfigError error = ((LoadResult.Rejected) result).errors().get(0);
    assertThat(error.at().line()).isEqualTo(14);
    assertThat(error.problem()).contains("crons cannot declare authorizations");
  }

  private static Set<Grant> grants(Resolution resolution, WorkloadId id) {
    return resolution.find(id).orElseThrow().grantSet();
  }

  private static ProjectConfig loaded(String name) {
    LoadResult result = ConfigLoader.load(Path.of(CONFIGS + name));
    assertThat(result).as("loading %s gave %s", name, result).isInstanceOf(LoadResult.Loaded.class);
    return ((LoadResult.Loaded) result).config();
  }
}
