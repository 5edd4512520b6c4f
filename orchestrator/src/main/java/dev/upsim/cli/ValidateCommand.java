package dev.upsim.cli;

import dev.upsim.workloads.config.Application;
import dev.upsim.workloads.config.Authorizations;
import dev.upsim.workloads.config.ProjectConfig;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code upsim validate PATH}: loads a configuration and either counts what it declares or lists
 * every error with its file, line and column. Exit code 0 when valid, 2 when not, for CI.
 */
@Command(
    name = "validate",
    description = "Check a project's .upsun configuration and report every error.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  upsim validate scenarios/configs/shop",
      "  upsim validate path/to/project/.upsun/config.yaml",
      "%nExit codes: 0 valid, 2 invalid (or a usage error), 70 internal error."
    })
final class ValidateCommand implements Callable<Integer> {

  @Mixin private HelpOption help;

  @ParentCommand private Main main;

  @Spec private CommandSpec spec;

  @Mixin private ConfigArgument configPath;

  /** Validates the configuration at PATH and prints the outcome on stdout. */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Style style = main.terminal().style();
    Optional<ProjectConfig> config = configPath.loadOrReport(out, style);

    if (config.isEmpty()) {
      return ExitCode.USAGE;
    }
    out.println(style.success("ok") + ": " + configPath.path() + ": " + summary(config.get()));
    return ExitCode.OK;
  }

  /** What the configuration declares, counted: "1 application, 2 workers, ...". */
  static String summary(ProjectConfig config) {
    int workers = 0;
    int crons = 0;
    for (Application app : config.applications().values()) {
      workers += app.workers().size();
      crons += app.crons().size();
    }
    return String.join(
        ", ",
        ConfigArgument.count(config.applications().size(), "application"),
        ConfigArgument.count(workers, "worker"),
        ConfigArgument.count(crons, "cron"),
        ConfigArgument.count(config.tasks().size(), "task"),
        ConfigArgument.count(authorizationEntries(config), "authorization"));
  }

  private static int authorizationEntries(ProjectConfig config) {
    Stream<Optional<Authorizations>> lists =
        Stream.concat(
            config.applications().values().stream().flatMap(ValidateCommand::listsOf),
            config.tasks().values().stream().map(task -> task.authorizations()));
    return lists.flatMap(Optional::stream).mapToInt(list -> list.entries().size()).sum();
  }

  private static Stream<Optional<Authorizations>> listsOf(Application app) {
    return Stream.concat(
        Stream.of(app.authorizations()),
        app.workers().values().stream().map(worker -> worker.authorizations()));
  }
}
