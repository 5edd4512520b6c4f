package dev.upsim.orchestrator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.orchestrator.scenario.ScenarioResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagramFilesTest {

  private final ScenarioResult ran =
      Results.ran(
          Results.scenario("Tokens", Map.of()),
          List.of(),
          List.of(),
          new TraceBuilder().token("admin", "[]").events());

  @Test
  void markdownHasASectionAndAMermaidBlockPerScenario() {
    Map<Path, String> files =
        DiagramFiles.of(Path.of("out/run.md"), List.of(ran, Results.unusable("b.yaml")));

    String md = files.get(Path.of("out/run.md"));
    assertThat(files).hasSize(1);
    assertThat(md)
        .startsWith("# upsim run\n\n## Tokens\n\n`scenarios/hand-built.yaml`, seed 7: passed\n\n")
        .contains("```mermaid\nsequenceDiagram\n  participant admin as admin\n")
        .contains("## b.yaml\n")
        .endsWith("Nothing ran: the scenario could not be used.\n");
    MermaidStructure.parse(
        md.substring(md.indexOf("```mermaid\n") + 11, md.indexOf("```\n", md.indexOf("```m") + 3)));
  }

  @Test
  void aBareMermaidFileHoldsTheOneDiagram() {
    Map<Path, String> files = DiagramFiles.of(Path.of("run.mmd"), List.of(ran));

    assertThat(files.keySet()).containsExactly(Path.of("run.mmd"));
    assertThat(files.get(Path.of("run.mmd"))).startsWith("sequenceDiagram\n");
  }

  @Test
  void severalScenariosGetOneBareMermaidFileEachNamedAfterBoth() {
    Map<Path, String> files = DiagramFiles.of(Path.of("out/run.mmd"), List.of(ran, ran));

    assertThat(files.keySet())
        .containsExactly(Path.of("out/run-hand-built.mmd"), Path.of("out/run-hand-built-2.mmd"));
  }
}
