package dev.upsim.workloads.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken configuration under {@code src/test/resources/broken/} is rejected with exactly one
 * error, whose place, key path and message are pinned here.
 */
class BrokenConfigTest {

  private static final String DIR = "src/test/resources/broken/";

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aBrokenConfigurationIsRejectedWithOneExactError(Case expected) {
    LoadResult result = ConfigLoader.load(Path.of(DIR + expected.fixture() + ".yaml"));

    assertThat(result).isInstanceOf(LoadResult.Rejected.class);
    List<ConfigError> errors = ((LoadResult.Rejected) result).errors();
    assertThat(errors).hasSize(1);
    ConfigError error = errors.get(0);
    assertThat(error.problem()).isEqualTo(expected.problem());
    assertThat(error.at())
        .isEqualTo(
            new SourceLocation(
                DIR + expected.fixture() + ".yaml", expected.line(), expected.column()));
    assertThat(error.keyPath()).isEqualTo(expected.keyPath());
    assertThat(error.valid()).isNotBlank();
  }

  static List<Case> cases() {
    return List.of(
        new Case(
            "app-name-underscore",
            2,
            3,
            "applications.my_shop",
            "invalid application name 'my_shop': '_' is not a lowercase letter, digit or hyphen"),
        new Case(
            "app-name-uppercase",
            2,
            3,
            "applications.Shop",
            "invalid application name 'Shop': it does not start with a lowercase letter"),
        new Case(
            "application-not-mapping",
            2,
            8,
            "applications.shop",
            "found an empty value where a mapping is expected"),
        new Case(
            "applications-not-mapping",
            2,
            3,
            "applications",
            "found a list where a mapping is expected"),
        new Case(
            "authorization-empty-value",
            8,
            24,
            "applications.shop.workers.queue.authorizations",
            "found an empty value where a list is expected"),
        new Case(
            "authorization-entry-is-text",
            5,
            9,
            "applications.shop.authorizations[0]",
            "found the value 'env:view' where a mapping is expected"),
        new Case(
            "authorization-env-operate",
            6,
            17,
            "applications.shop.authorizations[0].action",
            "action 'operate' is not valid for type 'env'"),
        new Case(
            "authorization-env-with-resource",
            7,
            9,
            "applications.shop.authorizations[0].resource",
            "an 'env' authorization takes no resource: it grants the whole environment API"),
        new Case(
            "authorization-missing-action",
            5,
            9,
            "applications.shop.authorizations[0]",
            "missing required key 'action'"),
        new Case(
            "authorization-missing-type",
            5,
            9,
            "applications.shop.authorizations[0]",
            "missing required key 'type'"),
        new Case(
            "authorization-no-tasks",
            7,
            19,
            "applications.shop.authorizations[0].resource",
            "resource 'export' names no task declared in the configuration"),
        new Case(
            "authorization-not-a-list",
            5,
            7,
            "applications.shop.authorizations",
            "found a mapping where a list is expected"),
        new Case(
            "authorization-task-typo",
            7,
            19,
            "applications.shop.authorizations[0].resource",
            "resource 'exprot' names no task declared in the configuration (did you mean "
                + "'export'?)"),
        new Case(
            "authorization-task-view",
            6,
            17,
            "applications.shop.authorizations[0].action",
            "action 'view' is not valid for type 'task'"),
        new Case(
            "authorization-task-without-resource",
            5,
            9,
            "applications.shop.authorizations[0]",
            "a 'task' authorization needs a resource: the name of the task it operates"),
        new Case(
            "authorization-unknown-entry-key",
            7,
            9,
            "applications.shop.authorizations[0].scope",
            "Unknown key 'scope'"),
        new Case(
            "authorization-unknown-type",
            5,
            15,
            "applications.shop.authorizations[0].type",
            "unknown authorization type 'project'"),
        new Case(
            "cron-declares-authorizations",
            9,
            9,
            "applications.shop.crons.nightly.authorizations",
            "crons cannot declare authorizations: a cron runs inside the web container of "
                + "application 'shop' and inherits that application's authorizations"),
        new Case(
            "cron-missing-commands",
            5,
            7,
            "applications.shop.crons.nightly",
            "missing required key 'commands'"),
        new Case(
            "cron-missing-spec",
            5,
            7,
            "applications.shop.crons.nightly",
            "missing required key 'spec'"),
        new Case(
            "cron-name-starts-with-digit",
            5,
            7,
            "applications.shop.crons.1nightly",
            "invalid cron name '1nightly': it does not start with a lowercase letter"),
        new Case(
            "cron-shutdown-negative",
            9,
            27,
            "applications.shop.crons.nightly.shutdown_timeout",
            "found the value '-5' where a whole number of seconds is expected"),
        new Case(
            "cron-spec-day-name",
            6,
            24,
            "applications.shop.crons.weekly.spec",
            "cron spec '0 3 * * monday': day-of-week 'monday' is not a value: days of the "
                + "week are 0-7 (or sun-sat; 0 and 7 are Sunday)"),
        new Case(
            "cron-spec-empty",
            6,
            15,
            "applications.shop.crons.nightly.spec",
            "found the text \"\" where a non-empty value is expected"),
        new Case(
            "cron-spec-hour-out-of-range",
            6,
            17,
            "applications.shop.crons.nightly.spec",
            "cron spec '0 24 * * *': hour 24 is out of range: hours are 0-23"),
        new Case(
            "cron-spec-four-fields",
            6,
            23,
            "applications.shop.crons.nightly.spec",
            "cron spec '0 3 * *': day-of-week is missing: a cron spec has five fields: "
                + "minute hour day-of-month month day-of-week, for example 'H 3 * * *'"),
        new Case(
            "cron-timeout-quoted",
            9,
            27,
            "applications.shop.crons.nightly.shutdown_timeout",
            "found the text \"30\" where a whole number of seconds is expected"),
        new Case(
            "cron-timeout-too-large",
            9,
            18,
            "applications.shop.crons.nightly.timeout",
            "90000 seconds is out of range"),
        new Case(
            "cron-unknown-command",
            9,
            11,
            "applications.shop.crons.nightly.commands.restart",
            "Unknown key 'restart' (did you mean 'start'?)"),
        new Case(
            "cron-unknown-key", 7, 9, "applications.shop.crons.nightly.cmd", "Unknown key 'cmd'"),
        new Case(
            "crons-not-mapping",
            5,
            7,
            "applications.shop.crons",
            "found a list where a mapping is expected"),
        new Case(
            "duplicate-task",
            9,
            3,
            "tasks.export",
            "duplicate key 'export': it is also defined at "
                + "src/test/resources/broken/duplicate-task.yaml:5:3, and YAML would silently keep "
                + "only one"),
        new Case(
            "env-variable-mapping",
            7,
            11,
            "applications.shop.variables.env.FEATURES",
            "found a mapping where a variable's value is expected"),
        new Case(
            "flow-authorization-typo",
            4,
            42,
            "applications.shop.authorizations[0].action",
            "action 'veiw' is not valid for type 'env' (did you mean 'view'?)"),
        new Case(
            "missing-applications", 1, 1, "applications", "missing required key 'applications'"),
        new Case("no-applications", 1, 1, "applications", "no application is declared"),
        new Case(
            "tab-indentation",
            3,
            1,
            "applications.shop",
            "a tab character stands where YAML expects indentation or a value"),
        new Case(
            "task-authorization-typo",
            12,
            19,
            "tasks.export.authorizations[0].resource",
            "resource 'clean-up' names no task declared in the configuration (did you mean "
                + "'cleanup'?)"),
        new Case("task-deploy-hook", 9, 7, "tasks.export.hooks.deploy", "Unknown key 'deploy'"),
        new Case(
            "task-missing-command", 7, 5, "tasks.export.run", "missing required key 'command'"),
        new Case("task-missing-run", 5, 3, "tasks.export", "missing required key 'run'"),
        new Case("task-missing-type", 5, 3, "tasks.export", "missing required key 'type'"),
        new Case(
            "task-name-double-hyphen",
            5,
            3,
            "tasks.export--daily",
            "invalid task name 'export--daily': a task name never contains '--'"),
        new Case(
            "task-not-mapping",
            5,
            11,
            "tasks.export",
            "found the value 'python export.py' where a mapping is expected"),
        new Case(
            "task-run-typo",
            9,
            7,
            "tasks.export.run.timout",
            "Unknown key 'timout' (did you mean 'timeout'?)"),
        new Case(
            "task-timeout-too-large",
            9,
            16,
            "tasks.export.run.timeout",
            "100000 seconds is out of range"),
        new Case(
            "task-timeout-zero", 9, 16, "tasks.export.run.timeout", "0 seconds is out of range"),
        new Case("task-unknown-key", 9, 5, "tasks.export.web", "Unknown key 'web'"),
        new Case(
            "unknown-top-level-key", 4, 1, "task", "Unknown key 'task' (did you mean 'tasks'?)"),
        new Case(
            "worker-declares-crons",
            8,
            9,
            "applications.shop.workers.queue.crons",
            "a worker cannot declare 'crons': it belongs to the application"),
        new Case(
            "worker-declares-hooks",
            8,
            9,
            "applications.shop.workers.queue.hooks",
            "a worker cannot declare 'hooks': it belongs to the application"),
        new Case(
            "worker-declares-build",
            8,
            9,
            "applications.shop.workers.queue.build",
            "a worker cannot declare 'build': it belongs to the application"),
        new Case(
            "worker-declares-dependencies",
            6,
            9,
            "applications.shop.workers.queue.dependencies",
            "a worker cannot declare 'dependencies': it belongs to the application"),
        new Case(
            "worker-empty-start",
            7,
            18,
            "applications.shop.workers.queue.commands.start",
            "found the text \"\" where a non-empty value is expected"),
        new Case(
            "worker-missing-commands",
            5,
            7,
            "applications.shop.workers.queue",
            "missing required key 'commands'"),
        new Case(
            "worker-missing-start",
            6,
            9,
            "applications.shop.workers.queue.commands",
            "missing required key 'start'"),
        new Case(
            "worker-name-too-long",
            5,
            7,
            "applications.shop.workers."
                + "a-worker-whose-name-is-far-too-long-to-be-a-hostname-label-at-all",
            "invalid worker name "
                + "'a-worker-whose-name-is-far-too-long-to-be-a-hostname-label-at-all': it is 65 "
                + "characters long"),
        new Case(
            "worker-not-mapping",
            5,
            14,
            "applications.shop.workers.queue",
            "found the value 'php worker.php' where a mapping is expected"),
        new Case(
            "worker-unknown-key",
            8,
            9,
            "applications.shop.workers.queue.size",
            "Unknown key 'size'"));
  }

  /** One fixture and the single error it must produce. */
  record Case(String fixture, int line, int column, String keyPath, String problem) {

    @Override
    public String toString() {
      return fixture;
    }
  }
}
