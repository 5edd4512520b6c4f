package dev.upsim.cli;

import dev.upsim.auth.Grant;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.resolve.AuthorizationResolver;
import dev.upsim.workloads.resolve.Resolution;
import dev.upsim.workloads.resolve.ResolvedWorkload;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code upsim explain PATH}: every workload of a configuration with its effective grants and where
 * each comes from, as a table for people or JSON for machines; {@code --who-can} narrows it to the
 * workloads that hold one grant.
 */
@Command(
    name = "explain",
    description = "Show each workload's effective grants and where each one is declared.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  upsim explain scenarios/configs/shop",
      "  upsim explain --who-can task:operate:export scenarios/configs/shop",
      "  upsim explain --format json scenarios/configs/shop",
      "%nExit codes: 0 explained, 2 invalid configuration (or a usage error), 70 internal error."
    })
final class ExplainCommand implements Callable<Integer> {

  /** The two ways to print the explanation. */
  enum Format {
    TABLE,
    JSON
  }

  @Mixin private HelpOption help;

  @ParentCommand private Main main;

  @Spec private CommandSpec spec;

  @Mixin private ConfigArgument configPath;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (the default, for people) or json (for machines).")
  private Format format = Format.TABLE;

  @Option(
      names = "--who-can",
      paramLabel = "GRANT",
      converter = GrantConverter.class,
      description = "Only the workloads that hold GRANT: task:operate:<task> or env:view.")
  private Grant whoCan;

  /** Loads and resolves the configuration at PATH and prints the explanation. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<ProjectConfig> loaded = configPath.loadOrReport(err, style());
    if (loaded.isEmpty()) {
      return ExitCode.USAGE;
    }
    ProjectConfig config = loaded.get();
    Resolution resolution = AuthorizationResolver.resolve(config);

    List<ResolvedWorkload> shown = whoCan == null ? all(resolution) : holders(config, resolution);
    spec.commandLine().getOut().print(render(shown));
    return ExitCode.OK;
  }

  private String render(List<ResolvedWorkload> shown) {
    if (format == Format.JSON) {
      return ExplainJson.render(shown);
    }
    if (shown.isEmpty() && whoCan != null) {
      return "no workload holds " + whoCan + "\n";
    }
    return new ExplainTable(style()).render(shown);
  }

  private static List<ResolvedWorkload> all(Resolution resolution) {
    return List.copyOf(resolution.workloads().values());
  }

  /** The workloads holding {@code whoCan}, each with that grant only. */
  private List<ResolvedWorkload> holders(ProjectConfig config, Resolution resolution) {
    requireDeclaredTask(config);
    return resolution.whoCan(whoCan).stream().map(this::onlyTheGrantAsked).toList();
  }

  private ResolvedWorkload onlyTheGrantAsked(ResolvedWorkload workload) {
    return new ResolvedWorkload(
        workload.id(),
        workload.grants().stream().filter(held -> held.grant().equals(whoCan)).toList(),
        workload.basis());
  }

  /** A task grant must name a task of this configuration, or the answer would always be empty. */
  private void requireDeclaredTask(ProjectConfig config) {
    boolean taskGrant = whoCan.type().equals("task");
    if (!taskGrant || config.tasks().containsKey(whoCan.resource())) {
      return;
    }
    String tasks =
        config.tasks().isEmpty()
            ? "it declares no task"
            : "its tasks: " + String.join(", ", config.tasks().keySet());
    throw new InputProblem(whoCan + " names no task of " + configPath.path() + "; " + tasks);
  }

  private Style style() {
    return main.terminal().style();
  }
}
