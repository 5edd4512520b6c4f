package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {

  @Test
  void validConfigurationPrintsOneOkLineWithCounts() {
    String shop = CliRun.fixture("configs/shop");
    CliRun run = CliRun.run("validate", shop);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .isEqualTo(
            "ok: "
                + shop
                + ": 1 application, 2 workers, 1 cron, 2 tasks, 3 authorizations"
                + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void brokenConfigurationPrintsEveryErrorWithLineAndColumnThenACount() {
    String broken = CliRun.fixture("configs/broken");
    CliRun run = CliRun.run("validate", broken);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out().lines().filter(line -> line.matches(".*config\\.yaml:\\d+:\\d+: .*")))
        .anySatisfy(line -> assertThat(line).contains("applications.shop.crons.nightly"))
        .anySatisfy(line -> assertThat(line).contains("tasks.export.authorizations"));
    assertThat(run.out()).endsWith("2 errors in " + broken + System.lineSeparator());
  }

  @Test
  void missingPathIsOneClearLineWithExitCodeTwo() {
    CliRun run = CliRun.run("validate", "no/such/project");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines())
        .containsExactly("upsim validate: no/such/project: no such file or directory");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingArgumentNamesItAndPointsToHelp() {
    CliRun run = CliRun.run("validate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines())
        .containsExactly(
            "upsim validate: Missing required parameter: 'PATH'",
            "Try 'upsim validate --help' for usage and examples.");
  }

  @Test
  void helpShowsAnExample() {
    CliRun run = CliRun.run("validate", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains("Usage: upsim validate", "Examples:", "upsim validate scenarios");
  }
}
