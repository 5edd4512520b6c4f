package dev.upsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

  @Test
  void helpListsEveryCommandWithAnExample() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("validate", "explain", "Examples:", "upsim validate ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void versionNamesUpsimAndTheJavaRuntime() {
    CliRun run = CliRun.run("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("upsim ").contains("Java 17");
  }

  @Test
  void unknownOptionGetsOneLineAndAHintWithExitCodeTwo() {
    CliRun run = CliRun.run("--frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .startsWith("upsim: Unknown option: '--frobnicate'")
        .contains("Try 'upsim --help'")
        .doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void mistypedCommandSuggestsTheCloseOne() {
    CliRun run = CliRun.run("explian", "x");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("explain").contains("Try 'upsim --help'");
  }

  @Test
  void noCommandIsAUsageErrorThatListsTheCommands() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("upsim: missing command").contains("validate", "explain");
  }

  @Test
  void aNamedCommandIsTheOnlyOneBuilt() {
    assertThat(Main.commandsFor("run", "scenarios/quickstart.yaml"))
        .containsExactly(RunCommand.class);
    assertThat(Main.commandsFor("--debug", "validate", "x")).containsExactly(ValidateCommand.class);
  }

  @Test
  void theCommandWordIsTheFirstArgumentOtherThanDebug() {
    assertThat(Launcher.commandWord("--debug", "run", "x.yaml")).isEqualTo(RunCommand.NAME);
    assertThat(Launcher.commandWord("--help", "run")).isEqualTo("--help");
    assertThat(Launcher.commandWord("--debug")).isNull();
    assertThat(Launcher.commandWord()).isNull();
  }

  @Test
  void helpAndVersionAreRequestsForHelpAndPathsAreNot() {
    assertThat(Launcher.asksForHelp("run", "--help")).isTrue();
    assertThat(Launcher.asksForHelp("run", "-V")).isTrue();
    assertThat(Launcher.asksForHelp("run", "scenarios/quickstart.yaml", "--seed=3")).isFalse();
  }

  @Test
  void helpNoCommandOrAMistypedOneBuildsEveryCommand() {
    assertThat(Main.commandsFor("--help", "run")).hasSize(4);
    assertThat(Main.commandsFor()).hasSize(4);
    assertThat(Main.commandsFor("explian", "x")).hasSize(4);
  }

  @Test
  void unexpectedExceptionIsOneLineWithExitCodeSeventy() {
    CliRun run = CliRun.run(withFailingCommand(Terminal.plain()), "fail");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
    assertThat(run.err().lines())
        .containsExactly(
            "upsim: internal error: java.lang.IllegalStateException: the disk is on fire"
                + " (--debug shows the stack trace)");
  }

  @Test
  void debugOptionAddsTheStackTrace() {
    CliRun run = CliRun.run(withFailingCommand(Terminal.plain()), "--debug", "fail");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
    assertThat(run.err())
        .startsWith("upsim: internal error: java.lang.IllegalStateException: the disk is on fire\n")
        .contains("\tat dev.upsim.cli.MainTest$Failing.call");
  }

  @Test
  void debugEnvironmentVariableAddsTheStackTrace() {
    Terminal debugging = CliRun.environment(Map.of("UPSIM_DEBUG", "1"));
    CliRun run = CliRun.run(withFailingCommand(debugging), "fail");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
    assertThat(run.err()).contains("\tat dev.upsim.cli.MainTest$Failing.call");
  }

  @Test
  void errorWithoutMessageIsNamedByItsClass() {
    java.io.StringWriter err = new java.io.StringWriter();
    int exitCode =
        ExecutionErrors.report(new StackOverflowError(), false, new java.io.PrintWriter(err));

    assertThat(exitCode).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString())
        .isEqualTo(
            "upsim: internal error: java.lang.StackOverflowError (--debug shows the stack trace)"
                + System.lineSeparator());
  }

  @Test
  void runFlushesAReportPrintedWithoutANewlineBeforeTheJvmExits() {
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stdout = System.out;
    System.setOut(
        new java.io.PrintStream(captured, false, java.nio.charset.StandardCharsets.UTF_8));
    int exitCode;
    try {
      exitCode = Main.run(Terminal.plain(), "explain", CliRun.fixture("configs/shop"));
    } finally {
      System.setOut(stdout);
    }

    assertThat(exitCode).isEqualTo(ExitCode.OK);
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("WORKLOAD")
        .contains("task:cleanup");
  }

  private static CommandLine withFailingCommand(Terminal terminal) {
    return Main.commandLine(terminal).addSubcommand(new Failing());
  }

  /** A command with a bug in it. */
  @Command(name = "fail")
  static final class Failing implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("the disk is on fire");
    }
  }
}
