package dev.upsim.orchestrator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.WorkloadId;
import dev.upsim.orchestrator.scenario.ProgramFailure;
import dev.upsim.orchestrator.scenario.ScenarioResult;
import dev.upsim.workloads.program.Program;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlTest {

  @Test
  void eachScenarioIsASuiteAndEachStepACase() throws Exception {
    var passing =
        Results.trigger(
            0, "admin starts", "app:admin", "export", "status 202", "202", null, List.of(), 1, 0);
    var failing =
        Results.trigger(
            1,
            "shop starts",
            "app:shop",
            "export",
            "status 202",
            "403 missing-grant: refused",
            null,
            List.of("status: expected 202, got 403"),
            1,
            0);
    ScenarioResult result =
        Results.ran(
            Results.scenario("Exports", Map.of()), List.of(passing, failing), List.of(), List.of());

    Document xml = parse(new JUnitXml(false).render(List.of(timed(result))));

    Element suites = xml.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suites.getAttribute("tests")).isEqualTo("2");
    assertThat(suites.getAttribute("failures")).isEqualTo("1");
    Element suite = only(xml.getElementsByTagName("testsuite"));
    assertThat(suite.getAttribute("name")).isEqualTo("Exports");
    assertThat(suite.getAttribute("time")).isEqualTo("0.250");
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("1. admin starts");
    assertThat(((Element) cases.item(0)).getAttribute("classname"))
        .isEqualTo("scenarios.hand-built");
    Element failure = only(((Element) cases.item(1)).getElementsByTagName("failure"));
    assertThat(failure.getAttribute("message")).isEqualTo("status: expected 202, got 403");
    assertThat(failure.getTextContent())
        .isEqualTo("expected: status 202\nactual: 403 missing-grant: refused");
    assertThat(only(suite.getElementsByTagName("system-out")).getTextContent())
        .contains("FAIL  2. shop starts");
  }

  @Test
  void anUnusableScenarioIsOneCaseWithAnError() throws Exception {
    var result =
        Results.unusable(
            "broken.yaml", Results.error("scenarios/broken.yaml", "name", "missing", "some text"));

    Document xml = parse(new JUnitXml(false).render(List.of(timed(result))));

    Element suite = only(xml.getElementsByTagName("testsuite"));
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    Element error = only(xml.getElementsByTagName("error"));
    assertThat(error.getAttribute("type")).isEqualTo("unusable");
    assertThat(error.getTextContent())
        .isEqualTo("scenarios/broken.yaml:3:5: name: missing\n    valid: some text");
  }

  @Test
  void expectationsInsideProgramsAreOneMoreCase() throws Exception {
    var failure =
        new ProgramFailure(1, TraceBuilder.START, "main", "export--task--1a2b", "status: 403", 0);
    var scenario = Results.scenario("Programs", Map.of(WorkloadId.task("export"), Program.EMPTY));
    var result =
        Results.ran(scenario, List.of(Results.settle(0, 1, 0)), List.of(failure), List.of());

    Document xml = parse(new JUnitXml(false).render(List.of(timed(result))));

    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(2);
    Element programs = (Element) cases.item(1);
    assertThat(programs.getAttribute("name")).isEqualTo("expectations inside programs");
    assertThat(only(programs.getElementsByTagName("failure")).getTextContent())
        .isEqualTo("export--task--1a2b: status: 403");
  }

  @Test
  void markupQuotesLineEndsAndControlCharactersSurviveTheRoundTrip() throws Exception {
    String awkward = "a <b> & \"c\" 'd'\nsecond line \u001b[31m red";
    var step =
        Results.trigger(
            0, awkward, "app:admin", "export", awkward, awkward, null, List.of(awkward), 1, 0);
    var result =
        Results.ran(Results.scenario(awkward, Map.of()), List.of(step), List.of(), List.of());

    Document xml = parse(new JUnitXml(false).render(List.of(timed(result))));

    String kept = "a <b> & \"c\" 'd'\nsecond line \uFFFD[31m red";
    assertThat(only(xml.getElementsByTagName("testsuite")).getAttribute("name")).isEqualTo(kept);
    assertThat(only(xml.getElementsByTagName("failure")).getAttribute("message")).isEqualTo(kept);
    assertThat(only(xml.getElementsByTagName("failure")).getTextContent()).contains(kept);
  }

  private static TimedResult timed(ScenarioResult result) {
    return new TimedResult(result, Duration.ofMillis(250));
  }

  private static Document parse(String xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element only(NodeList nodes) {
    assertThat(nodes.getLength()).isEqualTo(1);
    return (Element) nodes.item(0);
  }
}
