package dev.upsim.orchestrator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.config.ConfigError;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.Expectation;
import dev.upsim.workloads.program.Program;
import dev.upsim.workloads.program.TokenChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {

  @Test
  void minimalScenarioGetsEveryDefault() {
    Scenario scenario = parse("name: Minimal\nconfig: configs/academy\n");

    assertThat(scenario.name()).isEqualTo("Minimal");
    assertThat(scenario.description()).isEmpty();
    assertThat(scenario.config()).isEqualTo(Path.of("scenarios/configs/academy"));
    assertThat(scenario.project()).isEqualTo("project");
    assertThat(scenario.environments()).containsExactly(Map.entry("main", "production"));
    assertThat(scenario.firstEnvironment()).isEqualTo("main");
    assertThat(scenario.seed()).isZero();
    assertThat(scenario.settings()).isEmpty();
    assertThat(scenario.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(scenario.expectConfigError()).isEmpty();
    assertThat(scenario.programs()).isEmpty();
    assertThat(scenario.steps()).isEmpty();
  }

  @Test
  void topLevelKeysAreReadAsWritten() {
    Scenario scenario =
        parse(
            "name: Everything\n"
                + "description: |\n  Two lines\n  of teaching.\n"
                + "config: ../other/.upsun/config.yaml\n"
                + "project: shop-prod\n"
                + "environments: {staging: staging, main: production, pr-4: development}\n"
                + "seed: -7\n"
                + "settings: {chain.max-depth: 32, cron.maximum-offset: 0s, flag: yes}\n"
                + "start: 2026-03-01T12:30:00+02:00\n");

    assertThat(scenario.description()).isEqualTo("Two lines\nof teaching.\n");
    assertThat(scenario.config()).isEqualTo(Path.of("other/.upsun/config.yaml"));
    assertThat(scenario.project()).isEqualTo("shop-prod");
    assertThat(scenario.environments().keySet()).containsExactly("staging", "main", "pr-4");
    assertThat(scenario.firstEnvironment()).isEqualTo("staging");
    assertThat(scenario.seed()).isEqualTo(-7);
    assertThat(scenario.settings())
        .extracting(Setting::name, Setting::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("chain.max-depth", "32"),
            org.assertj.core.groups.Tuple.tuple("cron.maximum-offset", "0s"),
            org.assertj.core.groups.Tuple.tuple("flag", "true"));
    assertThat(scenario.settings().get(0).path()).isEqualTo("upsim.chain.max-depth");
    assertThat(scenario.start()).isEqualTo(Instant.parse("2026-03-01T10:30:00Z"));
  }

  @Test
  void seedOverrideKeepsEverythingElse() {
    Scenario scenario = parse("name: Seeded\nconfig: c\nseed: 7\n");

    Scenario reseeded = scenario.withSeed(99);

    assertThat(reseeded.seed()).isEqualTo(99);
    assertThat(reseeded.withSeed(7)).isEqualTo(scenario);
  }

  @Test
  void expectedConfigErrorTakesLineColumnAndText() {
    Scenario scenario =
        parse(
            "name: Broken\nconfig: c\n"
                + "expect-config-error: {line: 14, column: 9, contains: cannot declare}\n"
                + "steps: []\n");

    assertThat(scenario.expectConfigError())
        .contains(new ExpectedConfigError(14, 9, "cannot declare"));
  }

  @Test
  void expectedConfigErrorMatchesOnlyTheRightPlaceAndText() {
    ExpectedConfigError expected = new ExpectedConfigError(14, null, "cannot declare");
    ConfigError right =
        new ConfigError(
            new dev.upsim.auth.SourceLocation("c.yaml", 14, 9), "a.b", "crons cannot declare", "");
    ConfigError wrongLine =
        new ConfigError(
            new dev.upsim.auth.SourceLocation("c.yaml", 13, 9), "a.b", "crons cannot declare", "");

    assertThat(expected.matches(right)).isTrue();
    assertThat(expected.matches(wrongLine)).isFalse();
    assertThat(new ExpectedConfigError(14, 8, "cannot").matches(right)).isFalse();
  }

  @Test
  void tokenStepsAskForTokensWithOrWithoutLifetime() {
    List<Step> steps =
        steps(
            "  - {as: app:admin, token: {}}\n"
                + "  - {as: app:admin, token: {ttl: 15m}, save: mine}\n"
                + "  - {as: app:admin, token: {ttl: 90}}\n"
                + "  - {as: app:admin, token: {ttl: 30s1h}}\n"
                + "  - {as: app:admin, call: GET /x, token: mine}\n");

    assertThat(action(steps, 0)).isEqualTo(new Action.RequestToken(null, null, null));
    assertThat(action(steps, 1)).isEqualTo(new Action.RequestToken(900L, "mine", null));
    assertThat(action(steps, 2)).isEqualTo(new Action.RequestToken(90L, null, null));
    assertThat(action(steps, 3)).isEqualTo(new Action.RequestToken(3630L, null, null));
  }

  @Test
  void callStepsCarryMethodPathBodyAndToken() {
    List<Step> steps =
        steps(
            "  - as: app:admin\n"
                + "    call: POST /projects/{project}/environments/{env}/tasks/export/run\n"
                + "    body:\n      variables:\n        env: {REGION: eu-west, COUNT: 3}\n"
                + "      force: yes\n"
                + "  - {as: app:admin, call: GET /a, token: none}\n"
                + "  - {as: app:admin, call: DELETE /b, token: tampered}\n"
                + "  - {as: app:admin, call: OPTIONS /c, token: fresh, body: [export]}\n"
                + "  - {as: app:admin, call: HEAD /d, body: ~}\n"
                + "  - {as: app:admin, token: {}, save: kept}\n"
                + "  - {as: app:admin, call: PATCH /e, token: kept}\n");

    assertThat(action(steps, 0))
        .isEqualTo(
            new Action.Call(
                "POST",
                "/projects/{project}/environments/{env}/tasks/export/run",
                "{\"variables\":{\"env\":{\"REGION\":\"eu-west\",\"COUNT\":3}},\"force\":true}",
                TokenChoice.fresh(),
                null));
    assertThat(((Action.Call) action(steps, 1)).token()).isEqualTo(TokenChoice.none());
    assertThat(((Action.Call) action(steps, 2)).token()).isEqualTo(TokenChoice.tampered());
    assertThat(((Action.Call) action(steps, 3)).bodyJson()).isEqualTo("[\"export\"]");
    assertThat(((Action.Call) action(steps, 4)).bodyJson()).isEqualTo("null");
    assertThat(((Action.Call) action(steps, 6)).token()).isEqualTo(TokenChoice.saved("kept"));
  }

  @Test
  void triggerAndCancelStepsNameTheirTask() {
    List<Step> steps =
        steps(
            "  - {as: app:admin, trigger: export, variables: {REGION: eu, DRY: on, N: 0x10}}\n"
                + "  - {as: app:admin, cancel: export, expect: 202}\n");

    assertThat(action(steps, 0))
        .isEqualTo(
            new Action.Trigger("export", Map.of("REGION", "eu", "DRY", "true", "N", "16"), null));
    assertThat(action(steps, 1)).isEqualTo(new Action.Cancel("export", Expectation.status(202)));
  }

  @Test
  void actStepsNameTheirWorkloadAndEnvironment() {
    Scenario scenario =
        parse(
            "name: Where\nconfig: c\nenvironments: {main: production, pr-4: development}\n"
                + "steps:\n"
                + "  - {name: first, as: 'worker:admin/mailer', trigger: export}\n"
                + "  - {as: cron:admin/nightly, in: pr-4, trigger: export}\n"
                + "  - {as: task:export, trigger: cleanup}\n");

    Step.Act first = (Step.Act) scenario.steps().get(0);
    Step.Act second = (Step.Act) scenario.steps().get(1);
    assertThat(first.name()).isEqualTo("first");
    assertThat(first.as()).isEqualTo(WorkloadId.worker("admin", "mailer"));
    assertThat(first.in()).isEqualTo("main");
    assertThat(first.at().line()).isEqualTo(5);
    assertThat(first.asAt().column()).isEqualTo(23);
    assertThat(second.as()).isEqualTo(WorkloadId.cron("admin", "nightly"));
    assertThat(second.in()).isEqualTo("pr-4");
    assertThat(((Step.Act) scenario.steps().get(2)).as()).isEqualTo(WorkloadId.task("export"));
    assertThat(first.describe()).isEqualTo("worker:admin/mailer in main: trigger export");
  }

  @Test
  void expectationsTakeAStatusOrEveryPart() {
    List<Step> steps =
        steps(
            "  - {as: app:admin, trigger: export, expect: 403}\n"
                + "  - as: app:admin\n    token: {}\n    expect:\n"
                + "      status: 200\n      reason: missing-grant\n"
                + "      error-contains: \"task:operate:x\"\n"
                + "      grants: [task:operate:export, env:view, env:view]\n"
                + "      expires-in: 60\n"
                + "  - {as: app:admin, token: {}, expect: {grants: []}}\n");

    assertThat(action(steps, 0).expect()).isEqualTo(Expectation.status(403));
    assertThat(action(steps, 1).expect())
        .isEqualTo(
            new Expectation(
                200,
                "missing-grant",
                "task:operate:x",
                Set.of(Grant.ENV_VIEW, Grant.operateTask("export")),
                60L));
    assertThat(action(steps, 2).expect().grants()).isEmpty();
  }

  @Test
  void clockAndDeployStepsAreReadWithTheirValues() {
    Scenario scenario =
        parse(
            "name: Clock\nconfig: c\nenvironments: {main: production, pr-4: development}\n"
                + "steps:\n"
                + "  - {name: night, advance: 1h30m}\n"
                + "  - advance: 45\n"
                + "  - settle: true\n"
                + "  - deploy: pr-4\n"
                + "  - {deploy: main, config: configs/academy-v2}\n");

    assertThat(scenario.steps())
        .extracting(Step::describe)
        .containsExactly(
            "advance 1h30m",
            "advance 45s",
            "settle",
            "deploy pr-4",
            "deploy main with scenarios/configs/academy-v2");
    assertThat(((Step.Deploy) scenario.steps().get(3)).config()).isNull();
    assertThat(scenario.steps().get(0).name()).isEqualTo("night");
  }

  @Test
  void activityExpectationsTakeStateAndOptionalResult() {
    Scenario scenario =
        parse(
            "name: Runs\nconfig: c\nenvironments: {main: production, pr-4: development}\n"
                + "steps:\n"
                + "  - expect-activities:\n"
                + "      - export: complete success\n"
                + "      - cleanup: complete failure\n"
                + "      - export: complete\n"
                + "      - reindex: in_progress\n"
                + "      - reindex: pending\n"
                + "      - export: cancelled\n"
                + "  - {in: pr-4, expect-activities: []}\n");

    Step.ExpectActivities first = (Step.ExpectActivities) scenario.steps().get(0);
    assertThat(first.in()).isEqualTo("main");
    assertThat(first.activities())
        .extracting(ActivityExpectation::describe)
        .containsExactly(
            "export: complete success",
            "cleanup: complete failure",
            "export: complete",
            "reindex: in_progress",
            "reindex: pending",
            "export: cancelled");
    assertThat(first.activities().get(2).matches("export", "complete", "failure")).isTrue();
    assertThat(first.activities().get(0).matches("export", "complete", "failure")).isFalse();
    assertThat(((Step.ExpectActivities) scenario.steps().get(1)).in()).isEqualTo("pr-4");
  }

  @Test
  void programsListEveryActionInOrder() {
    Scenario scenario =
        parse(
            "name: Programs\nconfig: c\n"
                + "programs:\n"
                + "  task:export:\n"
                + "    - token: {ttl: 15m}\n      save: run-token\n      expect: 200\n"
                + "    - call: GET /projects/{project}/environments/{env}\n"
                + "      token: run-token\n"
                + "    - {trigger: cleanup, variables: {A: b}, expect: 202}\n"
                + "    - cancel: cleanup\n"
                + "    - sleep: 10m\n"
                + "    - log: hello\n"
                + "    - {log: disk full, stderr: true}\n"
                + "    - exit: 3\n"
                + "  cron:admin/nightly: []\n"
                + "  worker:admin/mailer:\n    - sleep: 0\n");

    assertThat(scenario.programs().get(WorkloadId.task("export")))
        .isEqualTo(
            Program.of(
                new Action.RequestToken(900L, "run-token", Expectation.status(200)),
                new Action.Call(
                    "GET",
                    "/projects/{project}/environments/{env}",
                    null,
                    TokenChoice.saved("run-token"),
                    null),
                new Action.Trigger("cleanup", Map.of("A", "b"), Expectation.status(202)),
                new Action.Cancel("cleanup", null),
                new Action.Sleep(Duration.ofMinutes(10)),
                new Action.Log("hello", false),
                new Action.Log("disk full", true),
                new Action.Exit(3)));
    assertThat(scenario.programs().get(WorkloadId.cron("admin", "nightly")))
        .isEqualTo(Program.EMPTY);
    assertThat(scenario.programs().keySet())
        .containsExactly(
            WorkloadId.task("export"),
            WorkloadId.cron("admin", "nightly"),
            WorkloadId.worker("admin", "mailer"));
    assertThat(scenario.programSources().get(WorkloadId.task("export")).line()).isEqualTo(4);
  }

  @Test
  void aStepMaySendATokenThatAProgramSaves() {
    Scenario scenario =
        parse(
            "name: Saved\nconfig: c\n"
                + "programs:\n  task:export:\n    - {token: {}, save: kept}\n"
                + "steps:\n  - {as: app:admin, call: GET /x, token: kept}\n");

    assertThat(((Action.Call) action(scenario.steps(), 0)).token())
        .isEqualTo(TokenChoice.saved("kept"));
  }

  @Test
  void quotedValuesStayTextAndPlainNumbersDoNot() {
    Scenario scenario =
        parse(
            "name: \"42\"\nconfig: c\nsteps:\n"
                + "  - {as: app:admin, trigger: \"yes\", expect: 0x194}\n");

    assertThat(scenario.name()).isEqualTo("42");
    assertThat(action(scenario.steps(), 0))
        .isEqualTo(new Action.Trigger("yes", null, Expectation.status(404)));
  }

  @Test
  void everyScenarioOfTheLibraryParses() throws Exception {
    ScenarioParser parser = new ScenarioParser(SETTINGS);
    List<Path> files = ScenarioFiles.all();

    assertThat(files).hasSizeGreaterThanOrEqualTo(25);
    for (Path file : files) {
      ParseResult result = parser.parse(file);
      assertThat(result)
          .as("%s: %s", file, rendered(result))
          .isInstanceOf(ParseResult.Parsed.class);
    }
  }

  @Test
  void referenceSettingsAreKnownWithoutTheDispatcher() {
    Set<String> known = ScenarioParser.withReferenceSettings().knownSettings();

    assertThat(known)
        .contains("chain.max-depth", "tasks.max-concurrent-runs", "cron.maximum-offset");
    assertThat(known).noneMatch(name -> name.startsWith("simulation-dispatcher"));
  }

  /** Settings the parser tests accept: the reference ones and the proxy's rate limit. */
  static final Set<String> SETTINGS =
      Set.of(
          "chain.max-depth",
          "tasks.max-concurrent-runs",
          "cron.maximum-offset",
          "cron.minimum-interval",
          "proxy.rate-limit.tokens",
          "proxy.rate-limit.per",
          "flag");

  private static Scenario parse(String yaml) {
    ParseResult result = new ScenarioParser(SETTINGS).parse(yaml, Path.of("scenarios/test.yaml"));
    if (result instanceof ParseResult.Rejected) {
      fail("expected a valid scenario, got:\n" + rendered(result));
    }
    return ((ParseResult.Parsed) result).scenario();
  }

  private static List<Step> steps(String stepLines) {
    return parse("name: Steps\nconfig: c\nsteps:\n" + stepLines).steps();
  }

  private static Action action(List<Step> steps, int index) {
    return ((Step.Act) steps.get(index)).action();
  }

  private static String rendered(ParseResult result) {
    return result instanceof ParseResult.Rejected
        ? ((ParseResult.Rejected) result)
            .errors().stream().map(ConfigError::render).collect(Collectors.joining("\n"))
        : "parsed";
  }
}
