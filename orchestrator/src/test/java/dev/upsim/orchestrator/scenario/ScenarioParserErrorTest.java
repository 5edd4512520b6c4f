package dev.upsim.orchestrator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.workloads.config.ConfigError;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken scenario files from {@code src/test/resources/scenario/broken}: each must be rejected with
 * exactly the problems listed, at the line and column given, with their key path.
 */
class ScenarioParserErrorTest {

  static final Path BROKEN = Path.of("src/test/resources/scenario/broken");

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        broken(
            "unknown-top-level-key.yaml",
            "1:1 nmae: unknown key 'nmae' (did you mean 'name'?)",
            "1:1 : missing required key 'name'"),
        broken(
            "missing-name-and-config.yaml",
            "2:1 : missing required key 'name'",
            "2:1 : missing required key 'config'"),
        broken(
            "step-with-two-actions.yaml",
            "4:5 steps[0]: a step does one thing, and this one has 2: trigger, cancel"),
        broken("step-without-action.yaml", "4:5 steps[0]: this step has no action"),
        broken(
            "step-with-misspelt-action.yaml",
            "5:5 steps[0].triger: unknown key 'triger' (did you mean 'trigger'?)"),
        broken(
            "step-with-program-action.yaml",
            "6:5 steps[1].sleep: 'sleep' is for programs; a step moves the clock with advance:"
                + " DURATION"),
        broken(
            "unknown-reason.yaml",
            "6:35 steps[0].expect.reason: unknown reason 'missing-grnat' (did you mean"
                + " 'missing-grant'?)"),
        broken("status-out-of-range.yaml", "6:13 steps[0].expect: 700 is out of range"),
        broken(
            "unknown-environment-in-step.yaml",
            "8:9 steps[0].in: unknown environment 'pr-5' (did you mean 'pr-4'?)",
            "10:13 steps[1].deploy: unknown environment 'mian' (did you mean 'main'?)"),
        broken(
            "bad-names.yaml",
            "3:10 project: 'Shop_Prod' is not a valid name",
            "6:3 environments.Preview 4: 'Preview 4' is not a valid name"),
        broken(
            "bad-environment-type.yaml", "4:9 environments.main: unknown environment type 'prod'"),
        broken(
            "unknown-setting.yaml",
            "4:3 settings.chain.max-dept: unknown setting 'chain.max-dept' (did you mean"
                + " 'chain.max-depth'?)"),
        broken(
            "bad-duration.yaml",
            "4:14 steps[0].advance: '250ms' is not a duration",
            "5:14 steps[1].advance: '90' is not a duration",
            "6:14 steps[2].advance: -5 is out of range"),
        broken("act-step-without-as.yaml", "4:5 steps[0]: missing required key 'as'"),
        broken(
            "malformed-workload.yaml",
            "4:9 steps[0].as: 'app:Admin' does not name a workload",
            "6:9 steps[1].as: 'admin' does not name a workload"),
        broken(
            "program-for-application.yaml",
            "4:3 programs.app:admin: an application's web instance runs no program; act as"
                + " app:admin in steps",
            "6:3 programs.tsk:export: 'tsk:export' does not name a workload that runs a program"),
        broken(
            "program-action-with-step-keys.yaml",
            "5:7 programs.task:export[0].as: 'as' belongs to steps: a program's actions run as its"
                + " workload, in the environment it runs in",
            "7:7 programs.task:export[1].advance: 'advance' is for steps; a program waits with"
                + " sleep: DURATION"),
        broken(
            "call-not-a-call.yaml",
            "5:11 steps[0].call: 'get /projects/{project}' is not a call",
            "7:11 steps[1].call: 'GET projects' is not a call"),
        broken(
            "token-as-text-without-call.yaml",
            "5:12 steps[0].token: found the value 'mine' where a mapping is expected"),
        broken(
            "unsaved-token-name.yaml",
            "9:12 steps[1].token: no step or program saves a token named 'short-lifed' (did you"
                + " mean 'short-lived'?)"),
        broken(
            "reserved-save-name.yaml",
            "6:11 steps[0].save: 'none' cannot name a saved token: a call's token: none means"
                + " itself"),
        broken("settle-false.yaml", "4:13 steps[0].settle: settle: false does nothing"),
        broken(
            "bad-activity-state.yaml",
            "5:17 steps[0].expect-activities[0].export: 'done' is not a state of a run",
            "6:17 steps[0].expect-activities[1].export: 'complete succes' is not a state of a run",
            "7:9 steps[0].expect-activities[2]: an item names one task, this one names 2"),
        broken("bad-start.yaml", "3:8 start: '2026-13-01T00:00:00Z' is not an instant"),
        broken(
            "bad-expect-config-error.yaml",
            "4:3 expect-config-error: missing required key 'contains'",
            "4:9 expect-config-error.line: 0 is out of range",
            "5:3 expect-config-error.colunm: unknown key 'colunm' (did you mean 'column'?)"),
        broken(
            "unknown-grant.yaml",
            "6:46 steps[0].expect.grants[1]: 'env:edit' is not a grant the platform knows"),
        broken(
            "boolean-where-text-expected.yaml",
            "5:12 programs.task:export[0].log: found the value 'yes' (a boolean in YAML) where"
                + " text is expected",
            "6:13 programs.task:export[1].exit: 256 is out of range"),
        broken(
            "duplicate-key.yaml",
            "4:1 steps: duplicate key 'steps': it is also defined at "
                + BROKEN.resolve("duplicate-key.yaml")
                + ":3:1, and YAML would silently keep only one"),
        broken(
            "unknown-expect-key.yaml",
            "6:14 steps[0].expect.statuss: unknown key 'statuss' (did you mean 'status'?)"),
        broken("top-level-list.yaml", "1:1 : the top level is a list, not a mapping"),
        broken(
            "wrong-shapes.yaml",
            "3:7 seed: found the value 'seven' where an integer is expected",
            "4:15 environments: found a list where a mapping is expected",
            "6:16 programs.task:export: found a mapping where a list is expected",
            "8:3 steps: found a mapping where a list is expected"),
        broken(
            "many-problems.yaml",
            "6:22 steps[0].expect.status: 2020 is out of range",
            "7:14 steps[1].advance: 'soon' is not a duration",
            "10:5 steps[2].variables: unknown key 'variables'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenFileIsRejectedWithEveryProblemInPlace(String file, List<String> expected) {
    assertThat(errors(file))
        .extracting(ScenarioParserErrorTest::brief)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void everyErrorNamesTheScenarioFile() {
    assertThat(errors("many-problems.yaml"))
        .allSatisfy(
            error ->
                assertThat(error.at().file())
                    .isEqualTo(BROKEN.resolve("many-problems.yaml").toString()));
  }

  @Test
  void unknownStepKeyListsTheKeysThatMakeAStep() {
    assertThat(only("step-with-misspelt-action.yaml").valid())
        .isEqualTo(
            "a step takes: name, as, in, token, save, expect, call, body, trigger, variables,"
                + " cancel, advance, settle, deploy, config, expect-activities");
  }

  @Test
  void unknownKeyOfAKnownStepListsThatStepsKeys() {
    assertThat(errors("many-problems.yaml").get(2).valid())
        .isEqualTo("a cancel step takes: name, as, in, cancel, expect");
  }

  @Test
  void stepWithoutActionSaysWhichKeysMakeAStep() {
    assertThat(only("step-without-action.yaml").valid())
        .isEqualTo(
            "exactly one of: token, call, trigger, cancel, advance, settle, deploy,"
                + " expect-activities");
  }

  @Test
  void unknownReasonListsEveryReasonCode() {
    assertThat(only("unknown-reason.yaml").valid())
        .isEqualTo(
            "one of: missing-token, malformed-token, bad-signature, expired, wrong-environment,"
                + " wrong-project, missing-grant, unknown-task, bad-request, run-ended,"
                + " rate-limited, chain-too-deep");
  }

  @Test
  void unknownSettingListsTheKnownSettings() {
    assertThat(only("unknown-setting.yaml").valid())
        .startsWith("one of: chain.max-depth, cron.maximum-offset, cron.minimum-interval");
  }

  @Test
  void unknownEnvironmentListsTheScenariosEnvironments() {
    assertThat(errors("unknown-environment-in-step.yaml").get(0).valid())
        .isEqualTo("one of the scenario's environments: main, pr-4");
  }

  @Test
  void textThatYamlTypesOtherwiseIsToldToQuote() {
    assertThat(errors("boolean-where-text-expected.yaml").get(0).valid())
        .isEqualTo("the line to write; quote it to keep it as text: \"yes\"");
  }

  @Test
  void durationErrorsSayWhatADurationLooksLike() {
    assertThat(errors("bad-duration.yaml").get(0).valid())
        .isEqualTo(
            "a duration such as 30s, 15m, 2h, 1d or 1h30m (units s, m, h, d), or whole seconds"
                + " (90)");
  }

  @Test
  void renderedErrorReadsAsFileLineColumnPathProblemAndValid() {
    assertThat(only("status-out-of-range.yaml").render())
        .isEqualTo(
            BROKEN.resolve("status-out-of-range.yaml")
                + ":6:13: steps[0].expect: 700 is out of range\n"
                + "    valid: an HTTP status code from 100 to 599");
  }

  @Test
  void missingFileIsOneErrorAtItsStart() {
    ParseResult result = parser().parse(BROKEN.resolve("no-such-file.yaml"));

    assertThat(((ParseResult.Rejected) result).errors())
        .extracting(ScenarioParserErrorTest::brief)
        .containsExactly("1:1 : no such file");
  }

  private static Arguments broken(String file, String... expected) {
    return Arguments.of(file, List.of(expected));
  }

  private static ScenarioParser parser() {
    return new ScenarioParser(ScenarioParserTest.SETTINGS);
  }

  private static List<ConfigError> errors(String file) {
    ParseResult result = parser().parse(BROKEN.resolve(file));
    assertThat(result).as(file).isInstanceOf(ParseResult.Rejected.class);
    return ((ParseResult.Rejected) result).errors();
  }

  private static ConfigError only(String file) {
    List<ConfigError> errors = errors(file);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private static String brief(ConfigError error) {
    return error.at().line()
        + ":"
        + error.at().column()
        + " "
        + error.keyPath()
        + ": "
        + error.problem();
  }
}
