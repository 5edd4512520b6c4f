package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

  private final String shop = CliRun.fixture("configs/shop");

  @Test
  void tableShowsEveryWorkloadWithItsGrantsAndOrigins() {
    CliRun run = CliRun.run("explain", shop);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines().map(line -> line.replaceAll(" +", " ")))
        .startsWith("WORKLOAD GRANT ORIGIN DECLARED AT")
        .anySatisfy(line -> assertThat(line).matches("app:shop env:view own .*config.yaml:8"))
        .anySatisfy(line -> assertThat(line).matches("worker:shop/queue env:view inherited .*:8"))
        .anySatisfy(line -> assertThat(line).startsWith("worker:shop/mailer (none: own list at"))
        .anySatisfy(line -> assertThat(line).matches("cron:shop/nightly env:view inherited .*:8"))
        .anySatisfy(line -> assertThat(line).matches("task:export task:operate:cleanup own .*:30"))
        .anySatisfy(
            line -> assertThat(line).isEqualTo("task:cleanup (none: no authorizations declared)"));
  }

  @Test
  void jsonListsWorkloadsInOrderWithOriginsFilesAndLines() throws Exception {
    CliRun run = CliRun.run("explain", "--format", "json", shop);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode workloads = new ObjectMapper().readTree(run.out()).get("workloads");
    assertThat(ids(workloads))
        .containsExactly(
            "app:shop",
            "worker:shop/queue",
            "worker:shop/mailer",
            "cron:shop/nightly",
            "task:export",
            "task:cleanup");
    JsonNode queueGrant = workloads.get(1).get("grants").get(0);
    assertThat(queueGrant.get("grant").asText()).isEqualTo("env:view");
    assertThat(queueGrant.get("origin").asText()).isEqualTo("inherited");
    assertThat(queueGrant.get("file").asText()).endsWith("config.yaml");
    assertThat(queueGrant.get("line").asInt()).isEqualTo(8);
    assertThat(workloads.get(4).get("grants")).hasSize(2);
    assertThat(workloads.get(5).get("grants")).isEmpty();
    assertThat(workloads.get(5).get("basis").asText()).isEqualTo("no authorizations declared");
  }

  @Test
  void whoCanListsOnlyTheHoldersOfThatGrant() {
    CliRun run = CliRun.run("explain", "--who-can", "env:view", shop);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines().skip(1).map(line -> line.split(" +")[0]))
        .containsExactly("app:shop", "worker:shop/queue", "cron:shop/nightly", "task:export");
    assertThat(run.out()).doesNotContain("task:operate:cleanup");
  }

  @Test
  void whoCanInJsonKeepsOnlyTheGrantAsked() throws Exception {
    CliRun run = CliRun.run("explain", "--format=json", "--who-can=task:operate:cleanup", shop);

    JsonNode workloads = new ObjectMapper().readTree(run.out()).get("workloads");
    assertThat(ids(workloads)).containsExactly("task:export");
    assertThat(workloads.get(0).get("grants")).hasSize(1);
    assertThat(workloads.get(0).get("grants").get(0).get("line").asInt()).isEqualTo(30);
  }

  @Test
  void whoCanWithAGrantNobodyHoldsSaysSo() {
    CliRun run = CliRun.run("explain", "--who-can", "task:operate:export", shop);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo("no workload holds task:operate:export\n");
  }

  @Test
  void whoCanWithAnUnparsableGrantListsTheValidForms() {
    CliRun run = CliRun.run("explain", "--who-can", "env:edit", shop);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines().findFirst())
        .hasValue(
            "upsim explain: Invalid value for option '--who-can': 'env:edit' is not a grant;"
                + " valid forms: task:operate:<task>, env:view");
    assertThat(run.err()).contains("Try 'upsim explain --help'");
  }

  @Test
  void whoCanWithAnUndeclaredTaskNamesTheTasksThatExist() {
    CliRun run = CliRun.run("explain", "--who-can", "task:operate:import", shop);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines())
        .containsExactly(
            "upsim explain: task:operate:import names no task of "
                + shop
                + "; its tasks: export, cleanup");
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.run("explain", "--format", "xml", shop);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--format", "TABLE, JSON", "xml");
  }

  @Test
  void brokenConfigurationIsReportedOnStderrWithExitCodeTwo() {
    CliRun run = CliRun.run("explain", CliRun.fixture("configs/broken"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("applications.shop.crons.nightly", "2 errors in ");
  }

  @Test
  void helpShowsExamplesOfEveryOption() {
    CliRun run = CliRun.run("explain", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Examples:", "--who-can task:operate:", "--format json");
  }

  private static List<String> ids(JsonNode workloads) {
    List<String> ids = new ArrayList<>();
    workloads.forEach(workload -> ids.add(workload.get("id").asText()));
    return ids;
  }
}
