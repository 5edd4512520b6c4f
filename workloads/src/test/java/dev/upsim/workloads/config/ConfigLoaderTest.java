package dev.upsim.workloads.config;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static final String DIR = "src/test/resources/config/";
  private static final String MERGE = DIR + "merge/.upsun/";

  @TempDir Path temp;

  @Test
  void filesOfADirectoryAreReadInNameOrder() {
    ProjectConfig config = loaded(DIR + "merge/.upsun");

    assertThat(config.files())
        .containsExactly(
            MERGE + "10-base.yaml", MERGE + "20-override.yml", MERGE + "30-services.yaml");
  }

  @Test
  void topLevelKeysOfAllFilesAreMerged() {
    ProjectConfig config = loaded(DIR + "merge/.upsun");

    assertThat(config.applications().keySet()).containsExactly("shop", "admin");
    assertThat(config.tasks().keySet()).containsExactly("export", "cleanup");
    assertThat(config.tasks().get("cleanup").at())
        .isEqualTo(new SourceLocation(MERGE + "30-services.yaml", 6, 3));
  }

  @Test
  void aLaterFileReplacesAnApplicationWhole() {
    Application shop = loaded(DIR + "merge/.upsun").applications().get("shop");

    assertThat(shop.at()).isEqualTo(new SourceLocation(MERGE + "20-override.yml", 3, 3));
    assertThat(shop.variables()).containsExactly(entry("SOURCE", "override"));
    assertThat(shop.workers()).isEmpty();
    assertThat(shop.authorizations()).isEmpty();
  }

  @Test
  void aLaterFileReplacesATaskWhole() {
    TaskDefinition export = loaded(DIR + "merge/.upsun").tasks().get("export");

    assertThat(export.command()).isEqualTo("python export.py --v2");
    assertThat(export.timeout()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(export.authorizations()).isEmpty();
  }

  @Test
  void filesThatAreNotYamlOrNotAtTheFirstLevelAreSkipped() {
    ProjectConfig config = loaded(DIR + "merge/.upsun");

    assertThat(config.files()).noneMatch(file -> file.endsWith("README.md"));
    assertThat(config.files()).noneMatch(file -> file.contains("nested"));
  }

  @Test
  void aProjectRootIsReadThroughItsUpsunDirectory() {
    ProjectConfig config = loaded(DIR + "project-root");

    assertThat(config.files()).containsExactly(DIR + "project-root/.upsun/config.yaml");
    assertThat(config.applications().get("shop").at())
        .isEqualTo(new SourceLocation(DIR + "project-root/.upsun/config.yaml", 2, 3));
  }

  @Test
  void aSingleFileCanBeLoaded() {
    ProjectConfig config = loaded(DIR + "workloads.yaml");

    assertThat(config.files()).containsExactly(DIR + "workloads.yaml");
  }

  @Test
  void keysThatUpsimDoesNotModelAreAcceptedAndIgnored() {
    ProjectConfig config = loaded(DIR + "ignored-keys.yaml");

    Application shop = config.applications().get("shop");
    assertThat(shop.workers()).isEmpty();
    assertThat(shop.crons()).isEmpty();
    assertThat(shop.authorizations()).isEmpty();
    assertThat(shop.variables()).isEmpty();
    assertThat(config.tasks()).isEmpty();
  }

  @Test
  void aWorkerAndATaskMaySetEveryKeyThePlatformAllowsThem() {
    ProjectConfig config = loaded(DIR + "every-allowed-key.yaml");

    Worker queue = config.applications().get("shop").workers().get("queue");
    assertThat(queue.variables()).containsExactly(entry("QUEUE", "default"));
    assertThat(queue.authorizations().orElseThrow().entries()).hasSize(1);
    TaskDefinition export = config.tasks().get("export");
    assertThat(export.timeout()).isEqualTo(Duration.ofSeconds(86400));
    assertThat(export.variables()).containsExactly(entry("FORMAT", "csv"));
  }

  @Test
  void anApplicationKeepsItsEnvironmentVariablesAsText() {
    Application shop = loaded(DIR + "workloads.yaml").applications().get("shop");

    assertThat(shop.variables())
        .containsOnly(
            entry("APP_ENV", "prod"),
            entry("PAGE_SIZE", "48"),
            entry("DEBUG", "false"),
            entry("EMPTY", ""));
    assertThat(shop.authorizations().orElseThrow().entries())
        .extracting(Authorizations.Entry::grant)
        .containsExactly(Grant.operateTask("export"));
  }

  @Test
  void aWorkerHasItsStartCommandAndVariables() {
    Worker queue = loaded(DIR + "workloads.yaml").applications().get("shop").workers().get("queue");

    assertThat(queue.name()).isEqualTo("queue");
    assertThat(queue.at()).isEqualTo(new SourceLocation(DIR + "workloads.yaml", 17, 7));
    assertThat(queue.startCommand()).isEqualTo("php bin/console messenger:consume");
    assertThat(queue.variables()).containsExactly(entry("CONCURRENCY", "4"));
    assertThat(queue.authorizations()).isEmpty();
  }

  @Test
  void aCronHasEveryFieldItDeclares() {
    Cron nightly = loaded(DIR + "workloads.yaml").applications().get("shop").crons().get("nightly");

    assertThat(nightly)
        .isEqualTo(
            new Cron(
                "nightly",
                new SourceLocation(DIR + "workloads.yaml", 25, 7),
                "H 3 * * *",
                "php bin/console reindex",
                "php bin/console reindex --abort",
                Duration.ofSeconds(30),
                Duration.ofSeconds(7200)));
  }

  @Test
  void aCronWithoutTimeoutsGetsThePlatformDefaults() {
    Cron hourly = loaded(DIR + "workloads.yaml").applications().get("shop").crons().get("hourly");

    assertThat(hourly.spec()).isEqualTo("H(0-14) * * * *");
    assertThat(hourly.stopCommand()).isNull();
    assertThat(hourly.shutdownTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(hourly.timeout()).isEqualTo(Duration.ofSeconds(86400));
  }

  @Test
  void aTaskHasEveryFieldItDeclares() {
    TaskDefinition export = loaded(DIR + "workloads.yaml").tasks().get("export");

    assertThat(export.type()).isEqualTo("python:3.12");
    assertThat(export.command()).isEqualTo("python export.py");
    assertThat(export.timeout()).isEqualTo(Duration.ofSeconds(1800));
    assertThat(export.variables()).containsExactly(entry("FORMAT", "csv"));
    assertThat(export.authorizations().orElseThrow().entries())
        .containsExactly(
            new Authorizations.Entry(
                Grant.ENV_VIEW, new SourceLocation(DIR + "workloads.yaml", 46, 9)));
  }

  @Test
  void aTaskWithoutTimeoutRunsForAnHourAtMost() {
    TaskDefinition cleanup = loaded(DIR + "workloads.yaml").tasks().get("cleanup");

    assertThat(cleanup.timeout()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(cleanup.authorizations()).isEmpty();
    assertThat(cleanup.variables()).isEmpty();
  }

  @Test
  void authorizationsStandWhereTheirKeyIs() {
    Authorizations list =
        loaded(DIR + "workloads.yaml").applications().get("shop").authorizations().orElseThrow();

    assertThat(list.at()).isEqualTo(new SourceLocation(DIR + "workloads.yaml", 12, 5));
    assertThat(list.entries().get(0).at())
        .isEqualTo(new SourceLocation(DIR + "workloads.yaml", 13, 9));
  }

  @Test
  void everyErrorOfAFileIsReportedInFileOrder() {
    List<ConfigError> errors = rejected("src/test/resources/broken/many-errors.yaml");

    assertThat(errors)
        .extracting(error -> error.at().line() + ":" + error.at().column() + " " + error.keyPath())
        .containsExactly(
            "7:17 applications.shop.authorizations[0].action",
            "10:23 applications.shop.crons.nightly.spec",
            "18:7 tasks.export.run.timout",
            "19:3 tasks.Cleanup");
  }

  @Test
  void errorsOfSeveralFilesAreSortedByFileThenPosition() throws IOException {
    Path upsun = Files.createDirectories(temp.resolve(".upsun"));
    Files.writeString(upsun.resolve("b.yaml"), "tasks:\n  Bad: {}\n");
    Files.writeString(upsun.resolve("a.yaml"), "applications:\n  shop:\n    crons: []\n");

    List<ConfigError> errors = rejected(temp.toString());

    assertThat(errors)
        .extracting(error -> error.at().toString())
        .containsExactly(
            temp + "/.upsun/a.yaml:3:12",
            temp + "/.upsun/b.yaml:2:3",
            temp + "/.upsun/b.yaml:2:3",
            temp + "/.upsun/b.yaml:2:3");
  }

  @Test
  void yamlErrorsOfEveryFileAreReportedBeforeAnyCheckOfContent() throws IOException {
    Path upsun = Files.createDirectories(temp.resolve(".upsun"));
    Files.writeString(upsun.resolve("a.yaml"), "applications:\n  shop: {}\n  shop: {}\n");
    Files.writeString(upsun.resolve("b.yaml"), "tasks:\n\texport: {}\n");

    List<ConfigError> errors = rejected(upsun.toString());

    assertThat(errors)
        .extracting(ConfigError::problem)
        .containsExactly(
            "duplicate key 'shop': it is also defined at "
                + upsun
                + "/a.yaml:2:3, and YAML would silently keep only one",
            "a tab character stands where YAML expects indentation or a value");
  }

  @Test
  void aDirectoryWithoutYamlIsAnErrorNamingIt() throws IOException {
    Files.writeString(temp.resolve("notes.txt"), "no configuration here\n");

    ConfigError error = rejected(temp.toString()).get(0);

    assertThat(error.problem()).isEqualTo("no YAML file (*.yaml or *.yml) in directory " + temp);
    assertThat(error.at()).isEqualTo(new SourceLocation(temp.toString(), 1, 1));
  }

  @Test
  void aMissingPathIsAnError() {
    ConfigError error = rejected(temp.resolve("nowhere").toString()).get(0);

    assertThat(error.problem()).isEqualTo("no such file or directory");
    assertThat(error.valid())
        .isEqualTo("a YAML file, a .upsun directory, or a project root holding .upsun/");
  }

  @Test
  void anErrorRendersAsAClickableLine() {
    ConfigError error = rejected("src/test/resources/broken/cron-missing-spec.yaml").get(0);

    assertThat(error.render())
        .startsWith(
            "src/test/resources/broken/cron-missing-spec.yaml:5:7:"
                + " applications.shop.crons.nightly: missing required key 'spec'\n"
                + "    valid: spec:");
  }

  private static ProjectConfig loaded(String path) {
    LoadResult result = ConfigLoader.load(Path.of(path));
    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    return ((LoadResult.Loaded) result).config();
  }

  private static List<ConfigError> rejected(String path) {
    LoadResult result = ConfigLoader.load(Path.of(path));
    assertThat(result).isInstanceOf(LoadResult.Rejected.class);
    return ((LoadResult.Rejected) result).errors();
  }
}
