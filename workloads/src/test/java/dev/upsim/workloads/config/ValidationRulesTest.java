package dev.upsim.workloads.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each kind of error says would be valid, and the small rules behind the messages. */
class ValidationRulesTest {

  private static final String BROKEN = "src/test/resources/broken/";

  @TempDir Path temp;

  @Test
  void anUnknownAuthorizationTypeListsTheValidTypes() {
    assertThat(onlyError("authorization-unknown-type").valid()).isEqualTo("one of: task, env");
  }

  @Test
  void aWrongActionNamesTheValidActionForItsType() {
    assertThat(onlyError("authorization-task-view").valid()).isEqualTo("operate");
    assertThat(onlyError("authorization-env-operate").valid()).isEqualTo("view");
  }

  @Test
  void anUnknownTaskResourceListsTheDeclaredTasks() {
    assertThat(onlyError("authorization-task-typo").valid())
        .isEqualTo("the name of a declared task: cleanup, export");
  }

  @Test
  void anUnknownTaskResourceSaysWhenNoTaskIsDeclared() {
    assertThat(onlyError("authorization-no-tasks").valid())
        .isEqualTo(
            "the name of a task declared under the top-level 'tasks' key (none is declared)");
  }

  @Test
  void aCronDeclaringAuthorizationsIsToldThatItInheritsTheApplications() {
    ConfigError error = onlyError("cron-declares-authorizations");

    assertThat(error.problem())
        .contains("crons cannot declare authorizations")
        .contains("inherits that application's authorizations");
    assertThat(error.valid())
        .isEqualTo("authorizations declared on application 'shop', which its crons hold");
  }

  @Test
  void anUnknownKeyListsTheKeysThatWouldBeValid() {
    assertThat(onlyError("task-unknown-key").valid())
        .isEqualTo(
            "one of: type, run, source, hooks, relationships, mounts, variables, authorizations,"
                + " timezone, additional_hosts, container_profile");
    assertThat(onlyError("worker-unknown-key").valid())
        .isEqualTo(
            "one of: commands, authorizations, relationships, mounts, variables, access,"
                + " container_profile, firewall, additional_hosts");
  }

  @Test
  void aWorkerDeclaringAnApplicationKeyIsToldWhereItBelongs() {
    assertThat(onlyError("worker-declares-hooks").valid())
        .startsWith("'hooks' on application 'shop'; a worker may set: commands, authorizations");
  }

  @Test
  void anInvalidTaskNameStatesTheRuleWithoutDoubleHyphens() {
    assertThat(onlyError("task-name-double-hyphen").valid())
        .isEqualTo(
            "lowercase letters, digits and hyphens, starting with a letter, at most 63 characters,"
                + " without '--'");
  }

  @Test
  void aTimeoutOutOfRangeStatesTheRange() {
    assertThat(onlyError("task-timeout-too-large").valid())
        .isEqualTo("a whole number of seconds from 1 to 86400, without quotes");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "shop",
        "shop-2",
        "a1-b2-c3",
        "x23456789012345678901234567890123456789012345678901234567890123"
      })
  void namesOfLowercaseLettersDigitsAndHyphensAreValid(String name) {
    assertThat(Names.whyInvalid(name, true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Shop",
        "1shop",
        "-shop",
        "shop_2",
        "shop.eu",
        "caf\u00e9",
        "x234567890123456789012345678901234567890123456789012345678901234"
      })
  void otherNamesAreInvalid(String name) {
    assertThat(Names.whyInvalid(name, false)).isPresent();
  }

  @Test
  void onlyTaskNamesRefuseADoubleHyphen() {
    assertThat(Names.whyInvalid("export--daily", true)).contains("a task name never contains '--'");
    assertThat(Names.whyInvalid("export--daily", false)).isEmpty();
  }

  @Test
  void aHugeTimeoutIsReportedAsWritten() throws IOException {
    String yaml =
        "applications:\n  shop: {}\n"
            + "tasks:\n  export:\n    type: python:3.12\n"
            + "    run:\n      command: run\n      timeout: 123456789012345678901234\n";
    Path file = Files.writeString(temp.resolve("config.yaml"), yaml);

    ConfigError error = ((LoadResult.Rejected) ConfigLoader.load(file)).errors().get(0);

    assertThat(error.problem()).isEqualTo("123456789012345678901234 seconds is out of range");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "H 3 * * *",
        "*/15 * * * *",
        "0 7 * * mon-fri",
        "H(0-29) 2 * * *",
        "0,30 8-18 1 jan,jun 0"
      })
  void specsThatTheCronScheduleAcceptsLoad(String spec) throws IOException {
    LoadResult result = ConfigLoader.load(withCronSpec(spec));

    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
  }

  @Test
  void aSpecTheCronScheduleRefusesIsReportedAtTheCharacterItNames() throws IOException {
    LoadResult result = ConfigLoader.load(withCronSpec("0 9-25 * * *"));

    ConfigError error = ((LoadResult.Rejected) result).errors().get(0);
    assertThat(error.problem())
        .isEqualTo("cron spec '0 9-25 * * *': hour 25 is out of range: hours are 0-23");
    assertThat(error.at().line()).isEqualTo(6);
    assertThat(error.at().column()).isEqualTo(20);
    assertThat(error.valid()).startsWith("hour: 0-23");
  }

  private Path withCronSpec(String spec) throws IOException {
    String yaml =
        "applications:\n"
            + "  shop:\n"
            + "    type: php:8.3\n"
            + "    crons:\n"
            + "      job:\n"
            + "        spec: \""
            + spec
            + "\"\n"
            + "        commands:\n"
            + "          start: run\n";
    return Files.writeString(temp.resolve("config.yaml"), yaml);
  }

  @Test
  void suggestionsOnlyComeWithinTwoEdits() {
    assertThat(Suggestions.nearest("exprot", List.of("export", "cleanup"))).contains("export");
    assertThat(Suggestions.nearest("clean-up", List.of("export", "cleanup"))).contains("cleanup");
    assertThat(Suggestions.nearest("reports", List.of("export", "cleanup"))).isEmpty();
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }

  private static ConfigError onlyError(String fixture) {
    LoadResult result = ConfigLoader.load(Path.of(BROKEN + fixture + ".yaml"));
    assertThat(result).isInstanceOf(LoadResult.Rejected.class);
    List<ConfigError> errors = ((LoadResult.Rejected) result).errors();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }
}
