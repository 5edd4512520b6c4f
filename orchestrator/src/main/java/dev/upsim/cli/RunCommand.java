package dev.upsim.cli;

import dev.upsim.orchestrator.report.ConsoleReport;
import dev.upsim.orchestrator.report.DiagramFiles;
import dev.upsim.orchestrator.report.JUnitXml;
import dev.upsim.orchestrator.report.Palette;
import dev.upsim.orchestrator.report.TimedResult;
import dev.upsim.orchestrator.report.TraceLines;
import dev.upsim.orchestrator.scenario.ScenarioResult;
import dev.upsim.orchestrator.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code upsim run PATH...}: plays scenario files and prints, for each, a timeline of every step
 * with pass or fail and the reasons of each decision, then a total line; optionally writes JUnit
 * XML, the trace as JSON lines and a Mermaid sequence diagram. The exit code is the worst outcome:
 * 0 all passed, 1 an expectation failed, 2 an input could not be used.
 */
@Command(
    name = RunCommand.NAME,
    description = "Run scenarios and show a timeline of every step, decision and reason.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  upsim run scenarios/quickstart.yaml",
      "  upsim run scenarios --junit target/upsim-junit.xml",
      "  upsim run --diagram run.md --trace run.jsonl scenarios/quickstart.yaml",
      "%nA directory stands for every *.yaml and *.yml file directly inside it, in name order.",
      "%nExit codes: 0 every expectation met, 1 an expectation failed, 2 a scenario or its",
      "configuration could not be used (or a usage error), 70 internal error. With several",
      "scenarios the worst wins."
    })
final class RunCommand implements Callable<Integer> {

  /** The sub-command's name on the command line. */
  static final String NAME = "run";

  @Mixin private HelpOption help;

  @ParentCommand private Main main;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Scenario files, or directories of them.")
  private List<Path> paths;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Use seed N instead of each scenario's own.")
  private Long seed;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Write JUnit XML: a test suite per scenario, a test case per step.")
  private Path junit;

  @Option(
      names = "--trace",
      paramLabel = "FILE",
      description =
          "Write every trace event as JSON lines, each scenario opened by a line naming it.")
  private Path trace;

  @Option(
      names = "--diagram",
      paramLabel = "FILE",
      description =
          "Write a Mermaid sequence diagram: Markdown with a mermaid block per scenario, or bare"
              + " Mermaid when FILE ends in .mmd (one file per scenario when there are several).")
  private Path diagram;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show every trace event in the timeline, as recorded.")
  private boolean verbose;

  /** Runs every scenario, prints its report as it ends, writes the files asked for. */
  @Override
  public Integer call() {
    List<Path> files = ScenarioPaths.expand(paths);
    // Logging starts here, on one thread: started by Pekko's threads instead, SLF4J would warn on
    // stderr that it replayed calls made while it was starting.
    LoggerFactory.getILoggerFactory();
    PrintWriter out = spec.commandLine().getOut();
    ConsoleReport report = new ConsoleReport(palette(main.terminal().style()), verbose);

    List<TimedResult> runs = runAll(files, report, out);
    List<ScenarioResult> results = runs.stream().map(TimedResult::result).toList();
    out.println(report.total(results));
    writeFiles(runs, results);
    return results.stream().mapToInt(ScenarioResult::exitCode).max().orElse(ExitCode.OK);
  }

  /** Runs each file in turn, printing its report as soon as it ends. */
  private List<TimedResult> runAll(List<Path> files, ConsoleReport report, PrintWriter out) {
    ScenarioRunner runner = new ScenarioRunner();
    List<TimedResult> runs = new ArrayList<>();
    for (Path file : files) {
      TimedResult run = timed(runner, file);
      runs.add(run);
      report.scenario(run.result()).forEach(out::println);
      out.println();
      out.flush();
    }
    return runs;
  }

  private TimedResult timed(ScenarioRunner runner, Path file) {
    long began = System.nanoTime();
    ScenarioResult result = seed == null ? runner.run(file) : runner.run(file, seed);
    return new TimedResult(result, Duration.ofNanos(System.nanoTime() - began));
  }

  private void writeFiles(List<TimedResult> runs, List<ScenarioResult> results) {
    if (junit != null) {
      write(junit, new JUnitXml(verbose).render(runs));
    }
    if (trace != null) {
      write(trace, TraceLines.of(results));
    }
    if (diagram != null) {
      DiagramFiles.of(diagram, results).forEach(RunCommand::write);
    }
  }

  /** Writes {@code text} to {@code file}, making its directory; a failure is an input problem. */
  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException failed) {
      throw new InputProblem(file + ": cannot be written: " + failed.getMessage());
    }
  }

  private static Palette palette(Style style) {
    return new Palette(style::strong, style::success, style::failure, style::muted);
  }
}
