package dev.upsim.orchestrator.report;

import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.check.Reason;
import dev.upsim.orchestrator.scenario.ConfigErrorCheck;
import dev.upsim.orchestrator.scenario.ProgramFailure;
import dev.upsim.orchestrator.scenario.ScenarioResult;
import dev.upsim.orchestrator.scenario.ScenarioResult.Outcome;
import dev.upsim.orchestrator.scenario.Step;
import dev.upsim.orchestrator.scenario.StepResult;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.workloads.config.ConfigError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The console report of scenario runs: for each scenario a heading, the set-up, then every step
 * with its pass or fail mark and the timeline of the events it caused, a failed step's expected
 * against actual, and a summary line; after all of them, one total line.
 */
public final class ConsoleReport {

  private static final String BODY_INDENT = "      ";
  private static final String ANY_ANSWER = "any answer";

  private final Palette palette;
  private final boolean verbose;

  /** A report marked with {@code palette}; {@code verbose} shows every trace event as recorded. */
  public ConsoleReport(Palette palette, boolean verbose) {
    this.palette = palette;
    this.verbose = verbose;
  }

  /** The lines of one scenario's report, without line ends, ending with its summary line. */
  public List<String> scenario(ScenarioResult result) {
    List<String> lines = new ArrayList<>();
    lines.add(palette.strong().apply(result.name()));
    String seed = result.scenario() == null ? "" : ", seed " + result.seed();
    lines.add(BODY_INDENT + palette.muted().apply(result.file() + seed));
    if (result.outcome() == Outcome.UNUSABLE) {
      lines.addAll(problems(result));
    } else if (result.configErrorCheck() != null) {
      lines.addAll(configErrorCheck(result.configErrorCheck()));
    } else {
      lines.addAll(steps(result));
      lines.addAll(programFailures(result.programFailures()));
    }
    lines.add(summary(result));
    return lines;
  }

  /** Each problem that made the scenario unusable, rendered as a broken configuration's are. */
  private static List<String> problems(ScenarioResult result) {
    List<String> lines = new ArrayList<>();
    for (ConfigError problem : result.problems()) {
      problem.render().lines().forEach(line -> lines.add(BODY_INDENT + line));
    }
    return lines;
  }

  /** One line counting the scenarios by outcome: {@code 3 scenarios: 2 passed, 1 failed}. */
  public String total(List<ScenarioResult> results) {
    List<String> parts = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      long count = results.stream().filter(result -> result.outcome() == outcome).count();
      if (count > 0 || outcome == Outcome.PASSED) {
        parts.add(count + " " + word(outcome));
      }
    }
    String text = count(results.size(), "scenario") + ": " + String.join(", ", parts);
    return results.stream().allMatch(ScenarioResult::passed)
        ? palette.pass().apply(text)
        : palette.fail().apply(text);
  }

  /** The set-up's events, then each step with the events recorded while it played. */
  private List<String> steps(ScenarioResult result) {
    List<List<TimelineRow>> sections = sections(result);
    List<TimelineRow> all = sections.stream().flatMap(List::stream).toList();
    TimelineText text = new TimelineText(result.start(), palette, BODY_INDENT, all);

    List<String> lines = new ArrayList<>();
    if (!sections.get(0).isEmpty()) {
      lines.add(BODY_INDENT + palette.muted().apply("set-up"));
      lines.addAll(text.lines(sections.get(0)));
    }
    for (StepResult step : result.steps()) {
      lines.addAll(step(step, text.lines(sections.get(step.index() + 1))));
    }
    return lines;
  }

  /** The timeline rows of the set-up (before the first step), then of each step in turn. */
  private List<List<TimelineRow>> sections(ScenarioResult result) {
    boolean qualify = result.scenario() != null && result.scenario().environments().size() > 1;
    long firstStep = result.steps().isEmpty() ? Long.MAX_VALUE : result.steps().get(0).traceFrom();
    List<List<TimelineRow>> sections = new ArrayList<>();
    sections.add(rows(result.trace(), 1, firstStep - 1, qualify));
    for (StepResult step : result.steps()) {
      sections.add(rows(result.trace(), step.traceFrom(), step.traceTo(), qualify));
    }
    return sections;
  }

  private List<TimelineRow> rows(List<TraceEvent> trace, long from, long to, boolean qualify) {
    List<TraceEvent> slice =
        trace.stream().filter(event -> event.sequence() >= from && event.sequence() <= to).toList();
    return Timeline.rows(slice, qualify, verbose);
  }

  /** A step's mark and title, what it did, its timeline, and for a failure what differed. */
  private List<String> step(StepResult step, List<String> timeline) {
    List<String> lines = new ArrayList<>();
    String mark = step.passed() ? palette.pass().apply("PASS") : palette.fail().apply("FAIL");
    lines.add(mark + "  " + (step.index() + 1) + ". " + step.title());
    String did = didLine(step);
    if (!did.isEmpty()) {
      lines.add(BODY_INDENT + palette.muted().apply(did));
    }
    lines.addAll(timeline);
    if (!step.passed()) {
      lines.addAll(difference(step));
    }
    return lines;
  }

  /**
   * What the step did and what it expected, in one line: {@code app:admin in main: trigger export,
   * expects status 202}; empty when the title says it all.
   */
  private static String didLine(StepResult step) {
    String did = step.step() instanceof Step.Act ? step.step().describe() : step.action();
    String expected = step.expected() == null ? "" : oneLine(step.expected());
    boolean expects = !expected.isEmpty() && !expected.equals(ANY_ANSWER);
    String head = did.equals(step.title()) ? "" : did;
    if (!expects) {
      return head;
    }
    return head.isEmpty() ? "expects " + expected : head + ", expects " + expected;
  }

  /** Expected against actual, each difference when they are several, and what the caller held. */
  private List<String> difference(StepResult step) {
    List<String> lines = new ArrayList<>();
    lines.addAll(labelled("expected", step.expected(), false));
    lines.addAll(labelled("actual", step.actual(), true));
    boolean several = step.mismatches().size() > 1 || step.expected().contains("\n");
    if (several) {
      step.mismatches().forEach(m -> lines.add(BODY_INDENT + "  - " + palette.fail().apply(m)));
    }
    Decision decision = step.decision();
    if (decision != null && decision.reason() == Reason.MISSING_GRANT) {
      for (HeldGrant held : decision.held()) {
        lines.add(BODY_INDENT + pad("held") + held.describe());
      }
    }
    return lines;
  }

  /**
   * {@code label} and a possibly multi-line {@code text}, its later lines aligned under the first.
   */
  private List<String> labelled(String label, String text, boolean failed) {
    List<String> lines = new ArrayList<>();
    String shown = text == null || text.isEmpty() ? "nothing" : text;
    String prefix = pad(label);
    for (String line : shown.split("\n", -1)) {
      lines.add(BODY_INDENT + prefix + (failed ? palette.fail().apply(line) : line));
      prefix = pad("");
    }
    return lines;
  }

  private List<String> configErrorCheck(ConfigErrorCheck check) {
    List<String> lines = new ArrayList<>();
    String mark = check.passed() ? palette.pass().apply("PASS") : palette.fail().apply("FAIL");
    lines.add(mark + "  the configuration is rejected");
    lines.addAll(labelled("expected", check.expected(), false));
    lines.addAll(labelled("actual", check.actual(), !check.passed()));
    return lines;
  }

  private List<String> programFailures(List<ProgramFailure> failures) {
    List<String> lines = new ArrayList<>();
    if (!failures.isEmpty()) {
      lines.add(palette.fail().apply("FAIL") + "  expectations inside programs");
    }
    for (ProgramFailure failure : failures) {
      String during = failure.duringStep() < 0 ? "" : " (step " + (failure.duringStep() + 1) + ")";
      lines.add(BODY_INDENT + failure.run() + during + ": " + failure.description());
    }
    return lines;
  }

  /** {@code PASSED name: 3 steps} and the like, with the virtual time the run took. */
  private String summary(ScenarioResult result) {
    String word = word(result.outcome()).toUpperCase(Locale.ROOT);
    String mark = result.passed() ? palette.pass().apply(word) : palette.fail().apply(word);
    return mark + "  " + result.name() + ": " + details(result);
  }

  private static String details(ScenarioResult result) {
    if (result.outcome() == Outcome.UNUSABLE) {
      return count(result.problems().size(), "problem") + " in the input, nothing ran";
    }
    if (result.configErrorCheck() != null) {
      return result.passed() ? "rejected as expected" : "not rejected as expected";
    }
    long failed = result.steps().stream().filter(step -> !step.passed()).count();
    String steps =
        failed == 0
            ? count(result.steps().size(), "step") + " passed"
            : failed + " of " + count(result.steps().size(), "step") + " failed";
    String programs =
        result.programFailures().isEmpty()
            ? ""
            : ", " + count(result.programFailures().size(), "program expectation") + " failed";
    String took = VirtualTime.since(result.start(), result.end());
    return steps + programs + " (virtual time " + took + ")";
  }

  private static String word(Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }

  private static String oneLine(String text) {
    return Objects.requireNonNull(text).replace("\n", "; ");
  }

  private static String pad(String label) {
    return label + " ".repeat(Math.max(1, 10 - label.length()));
  }

  private static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
