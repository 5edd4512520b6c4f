package dev.upsim.orchestrator.report;

import dev.upsim.orchestrator.scenario.ConfigErrorCheck;
import dev.upsim.orchestrator.scenario.ProgramFailure;
import dev.upsim.orchestrator.scenario.ScenarioResult;
import dev.upsim.orchestrator.scenario.ScenarioResult.Outcome;
import dev.upsim.orchestrator.scenario.StepResult;
import dev.upsim.workloads.config.ConfigError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Scenario results as JUnit XML, the format CI servers read: one {@code <testsuite>} per scenario,
 * one {@code <testcase>} per step, a {@code <failure>} with expected against actual for a step that
 * failed, one more test case for the expectations inside programs when the scenario has programs,
 * and a scenario that could not be used as one test case with an {@code <error>} listing its
 * problems. Each suite's {@code <system-out>} holds its plain console report.
 */
public final class JUnitXml {

  private final boolean verbose;

  /** A writer whose console reports show every trace event when {@code verbose}. */
  public JUnitXml(boolean verbose) {
    this.verbose = verbose;
  }

  /** The whole document. */
  public String render(List<TimedResult> runs) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"upsim run\"")
        .append(counts(runs.stream().map(TimedResult::result).toList()))
        .append(time(runs.stream().map(TimedResult::elapsed).reduce(Duration.ZERO, Duration::plus)))
        .append(">\n");
    runs.forEach(run -> suite(xml, run));
    return xml.append("</testsuites>\n").toString();
  }

  private void suite(StringBuilder xml, TimedResult run) {
    ScenarioResult result = run.result();
    xml.append("  <testsuite name=\"")
        .append(Xml.attribute(result.name()))
        .append('"')
        .append(counts(List.of(result)))
        .append(" skipped=\"0\"")
        .append(time(run.elapsed()))
        .append(" file=\"")
        .append(Xml.attribute(String.valueOf(result.file())))
        .append("\">\n");
    properties(xml, result);
    String classname = classname(result.file());
    cases(result).forEach(testCase -> testCase.append(xml, classname));
    String report = String.join("\n", new ConsoleReport(Palette.PLAIN, verbose).scenario(result));
    xml.append("    <system-out>").append(Xml.text(report)).append("</system-out>\n");
    xml.append("  </testsuite>\n");
  }

  private static void properties(StringBuilder xml, ScenarioResult result) {
    xml.append("    <properties>\n");
    property(xml, "seed", String.valueOf(result.seed()));
    property(xml, "outcome", result.outcome().name().toLowerCase(Locale.ROOT));
    xml.append("    </properties>\n");
  }

  /** The test cases of one scenario, in the order it ran them. */
  private static List<TestCase> cases(ScenarioResult result) {
    if (result.outcome() == Outcome.UNUSABLE) {
      return List.of(unusable(result));
    }
    if (result.configErrorCheck() != null) {
      return List.of(configErrorCase(result.configErrorCheck()));
    }
    List<TestCase> cases =
        result.steps().stream().map(JUnitXml::stepCase).collect(Collectors.toList());
    if (result.scenario() != null && !result.scenario().programs().isEmpty()) {
      cases.add(programCase(result.programFailures()));
    }
    return cases;
  }

  private static TestCase stepCase(StepResult step) {
    String name = (step.index() + 1) + ". " + step.title();
    if (step.passed()) {
      return TestCase.passed(name);
    }
    String message = String.join("; ", step.mismatches());
    String body = "expected: " + step.expected() + "\nactual: " + step.actual();
    return new TestCase(name, "failure", "expectation", message, body);
  }

  private static TestCase configErrorCase(ConfigErrorCheck check) {
    String name = "the configuration is rejected";
    if (check.passed()) {
      return TestCase.passed(name);
    }
    String body = "expected: " + check.expected() + "\nactual: " + check.actual();
    return new TestCase(name, "failure", "expectation", "expected " + check.expected(), body);
  }

  private static TestCase programCase(List<ProgramFailure> failures) {
    String name = "expectations inside programs";
    if (failures.isEmpty()) {
      return TestCase.passed(name);
    }
    String body =
        failures.stream()
            .map(failure -> failure.run() + ": " + failure.description())
            .collect(Collectors.joining("\n"));
    String message = failures.size() + " expectation(s) inside programs failed";
    return new TestCase(name, "failure", "expectation", message, body);
  }

  private static TestCase unusable(ScenarioResult result) {
    String body =
        result.problems().stream().map(ConfigError::render).collect(Collectors.joining("\n"));
    String message = result.problems().size() + " problem(s) in the input; nothing ran";
    return new TestCase("the scenario can be used", "error", "unusable", message, body);
  }

  private static String counts(List<ScenarioResult> results) {
    int tests = 0;
    int failures = 0;
    int errors = 0;
    for (ScenarioResult result : results) {
      for (TestCase testCase : cases(result)) {
        tests++;
        failures += "failure".equals(testCase.element()) ? 1 : 0;
        errors += "error".equals(testCase.element()) ? 1 : 0;
      }
    }
    return " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
  }

  private static String time(Duration elapsed) {
    return String.format(Locale.ROOT, " time=\"%.3f\"", elapsed.toMillis() / 1000.0);
  }

  private static void property(StringBuilder xml, String name, String value) {
    xml.append("      <property name=\"")
        .append(Xml.attribute(name))
        .append("\" value=\"")
        .append(Xml.attribute(value))
        .append("\"/>\n");
  }

  /**
   * The class name CI servers group test cases by: the scenario file's path without its extension,
   * with dots for separators ({@code scenarios.failing.wrong-expectation}).
   */
  static String classname(Path file) {
    String path = String.valueOf(file).replace('\\', '/');
    int dot = path.lastIndexOf('.');
    String stem = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
    return stem.replaceAll("^[./]+", "").replace('/', '.');
  }

  /**
   * One test case: passed when {@code element} is null, else a {@code failure} or an {@code error}
   * with its type, one-line message and full text.
   */
  private record TestCase(String name, String element, String type, String message, String body) {

    static TestCase passed(String name) {
      return new TestCase(name, null, null, null, null);
    }

    void append(StringBuilder xml, String classname) {
      xml.append("    <testcase name=\"")
          .append(Xml.attribute(name))
          .append("\" classname=\"")
          .append(Xml.attribute(classname))
          .append('"');
      if (element == null) {
        xml.append("/>\n");
      } else {
        xml.append(">\n");
        appendOutcome(xml);
        xml.append("    </testcase>\n");
      }
    }

    private void appendOutcome(StringBuilder xml) {
      xml.append("      <")
          .append(element)
          .append(" type=\"")
          .append(type)
          .append("\" message=\"")
          .append(Xml.attribute(message))
          .append("\">")
          .append(Xml.text(body))
          .append("</")
          .append(element)
          .append(">\n");
    }
  }
}
