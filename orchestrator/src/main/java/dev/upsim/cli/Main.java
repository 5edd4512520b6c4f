package dev.upsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code upsim} command. Each sub-command is one class listed in {@link #COMMANDS}; adding a
 * command is adding its class there.
 */
@Command(
    name = "upsim",
    mixinStandardHelpOptions = true,
    versionProvider = UpsimVersion.class,
    description = "Simulates how Upsun workloads get scoped tokens and call the platform API.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  upsim run scenarios/quickstart.yaml",
      "  upsim validate scenarios/configs/shop",
      "  upsim explain scenarios/configs/shop",
      "  upsim explain --help"
    })
public final class Main implements Callable<Integer> {

  /** The sub-commands, in the order the help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(ValidateCommand.class, ExplainCommand.class, RunCommand.class, ServeCommand.class);

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error (or set UPSIM_DEBUG=1).")
  private boolean debug;

  private final Terminal terminal;

  /** The command as the launcher runs it, in this process's terminal. */
  public Main() {
    this(Terminal.system());
  }

  /** The command in a given terminal (tests pass a plain one). */
  public Main(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(run(Terminal.system(), args));
  }

  /**
   * Runs {@code args} in {@code terminal} on this process's stdout and stderr, and returns the exit
   * code. Even an {@link Error} ends as one line and exit code 70.
   */
  public static int run(Terminal terminal, String... args) {
    CommandLine commandLine = commandLine(terminal, commandsFor(args));
    try {
      return commandLine.execute(args);
    } catch (RuntimeException | Error unexpected) {
      return ExecutionErrors.report(unexpected, terminal.debug(), commandLine.getErr());
    } finally {
      // picocli's writers flush only on println; a report printed whole must not be lost at exit.
      commandLine.getOut().flush();
      commandLine.getErr().flush();
    }
  }

  /**
   * The configured command line: one-line messages for usage errors, exit code 70 for unexpected
   * exceptions, colour only where {@code terminal} allows it. Callers may replace its out and err.
   */
  public static CommandLine commandLine(Terminal terminal) {
    return commandLine(terminal, COMMANDS);
  }

  private static CommandLine commandLine(Terminal terminal, List<Class<?>> commands) {
    CommandLine commandLine = new CommandLine(new Main(terminal));
    for (Class<?> command : commands) {
      commandLine.addSubcommand(command);
    }
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi(terminal)));
    commandLine.setParameterExceptionHandler(new UsageErrors());
    commandLine.setExecutionExceptionHandler(new ExecutionErrors(terminal));
    return commandLine;
  }

  /** Without a sub-command there is nothing to do: show what there is, as a usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("upsim: missing command");
    spec.commandLine().usage(err);
    return ExitCode.USAGE;
  }

  /** The terminal this command runs in, for sub-commands to style their output. */
  Terminal terminal() {
    return terminal;
  }

  /**
   * The sub-commands {@code args} can reach. picocli builds the model of every registered command
   * by reflection, which is a good part of the start-up time, so a line that names a known command
   * (after {@code --debug} at most) gets only that one. Anything else ({@code --help}, no command,
   * a mistyped one) gets them all, so the command list and the "did you mean" hint stay whole.
   */
  static List<Class<?>> commandsFor(String... args) {
    String word = Launcher.commandWord(args);
    for (Class<?> command : COMMANDS) {
      if (nameOf(command).equals(word)) {
        return List.of(command);
      }
    }
    return COMMANDS;
  }

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  private static Ansi ansi(Terminal terminal) {
    return terminal.colour() ? Ansi.ON : Ansi.OFF;
  }
}
