package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  private static final Path LIBRARY = Path.of("../scenarios").toAbsolutePath().normalize();
  private static final String QUICKSTART = LIBRARY.resolve("quickstart.yaml").toString();
  private static final String WRONG = LIBRARY.resolve("failing/wrong-expectation.yaml").toString();
  private static final String BROKEN = CliRun.fixture("scenario/broken/many-problems.yaml");

  @Test
  void quickstartPassesWithATimelineAndExitCodeZero() {
    CliRun run = CliRun.run("run", QUICKSTART);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines())
        .contains(
            "The admin app starts an export, which starts a cleanup",
            "PASS  1. admin may start an export",
            "      app:admin in main: trigger export, expects status 202",
            "PASS  2. the export and the cleanup it starts both finish",
            "PASSED  The admin app starts an export, which starts a cleanup: 3 steps passed"
                + " (virtual time +00:00:00)")
        .anyMatch(line -> line.matches(" +\\+00:00:00  admin -> admin/proxy +token .*"))
        .last()
        .isEqualTo("1 scenario: 1 passed");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aWrongExpectationShowsExpectedAgainstActualWithTheReasonAndExitsOne() {
    CliRun run = CliRun.run("run", WRONG);

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.out().lines())
        .containsSubsequence(
            "FAIL  1. storefront starts an export",
            "      app:storefront in main: trigger export, expects status 202",
            "      expected  status 202",
            "      actual    403 missing-grant: refused: app:storefront holds no grants"
                + " (no authorizations declared); task:operate:export would be needed",
            "FAILED  The storefront is wrongly expected to start an export: 1 of 1 step failed"
                + " (virtual time +00:00:00)",
            "",
            "1 scenario: 0 passed, 1 failed");
  }

  @Test
  void aBrokenScenarioFileIsReportedLikeABrokenConfigurationWithExitCodeTwo() {
    CliRun run = CliRun.run("run", BROKEN);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(
            run.out()
                .lines()
                .filter(line -> line.matches(" +\\S+many-problems\\.yaml:\\d+:\\d+: .*")))
        .anySatisfy(
            line -> assertThat(line).contains("steps[0].expect.status: 2020 is out of range"))
        .hasSize(3);
    assertThat(run.out()).contains("    valid: an HTTP status code from 100 to 599");
    assertThat(run.out().lines()).contains("1 scenario: 0 passed, 1 unusable");
  }

  @Test
  void theWorstOutcomeWinsAcrossFiles() {
    assertThat(CliRun.run("run", QUICKSTART, WRONG).exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(CliRun.run("run", BROKEN, QUICKSTART, WRONG).exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aDirectoryRunsItsYamlFilesInNameOrderAndNotItsSubdirectories(@TempDir Path dir)
      throws IOException {
    scenario(dir.resolve("b.yaml"), "second");
    scenario(dir.resolve("a.yml"), "first");
    Files.writeString(dir.resolve("notes.txt"), "not a scenario");
    Files.createDirectory(dir.resolve("nested"));
    scenario(dir.resolve("nested/c.yaml"), "nested");

    CliRun run = CliRun.run("run", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines().filter(line -> line.startsWith("PASSED")))
        .containsExactly(
            "PASSED  first: 1 step passed (virtual time +00:00:00)",
            "PASSED  second: 1 step passed (virtual time +00:00:00)");
  }

  @Test
  void aMissingPathIsOneLineAndExitCodeTwoBeforeAnythingRuns() {
    CliRun run = CliRun.run("run", QUICKSTART, "no/such.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines())
        .containsExactly("upsim run: no/such.yaml: no such file or directory");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void noColorMeansNoEscapeCodesEvenOnATerminal() {
    CliRun plain = CliRun.run(new Terminal(true, Map.of("NO_COLOR", "1")), "run", WRONG);
    CliRun coloured = CliRun.run(new Terminal(true, Map.of()), "run", WRONG);

    assertThat(plain.out()).doesNotContain("\u001b");
    assertThat(coloured.out()).contains("\u001b[31mFAIL\u001b[0m  1. storefront starts an export");
  }

  @Test
  void theSeedOptionReplacesTheScenariosOwn() {
    CliRun run = CliRun.run("run", "--seed", "42", QUICKSTART);

    assertThat(run.out().lines()).anyMatch(line -> line.endsWith("quickstart.yaml, seed 42"));
  }

  @Test
  void verboseShowsEveryTraceEventAsRecorded() {
    CliRun run = CliRun.run("run", "--verbose", WRONG);

    assertThat(run.out())
        .contains("token-requested: token asked, default lifetime")
        .contains("spawned: proxy holding []");
  }

  @Test
  void junitTraceAndDiagramFilesAreWrittenWhereAsked(@TempDir Path dir) throws Exception {
    Path junit = dir.resolve("reports/junit.xml");
    Path trace = dir.resolve("trace.jsonl");
    Path diagram = dir.resolve("run.md");

    CliRun run =
        CliRun.run(
            "run",
            "--junit",
            junit.toString(),
            "--trace",
            trace.toString(),
            "--diagram",
            diagram.toString(),
            QUICKSTART,
            WRONG);

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    var suites = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertThat(suites.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
    assertThat(suites.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(Files.readAllLines(trace))
        .filteredOn(line -> line.startsWith("{\"scenario\":"))
        .hasSize(2);
    assertThat(Files.readString(diagram))
        .contains("```mermaid\n")
        .contains("api--xstorefront: 403 missing-grant (needs task:operate:export)");
  }

  /** A one-step scenario named {@code name} on the academy configuration of the library. */
  private static void scenario(Path file, String name) throws IOException {
    Files.writeString(
        file,
        "name: "
            + name
            + "\nconfig: "
            + LIBRARY.resolve("configs/academy")
            + "\nsteps:\n  - as: app:admin\n    token: {}\n    expect: 200\n");
  }
}
