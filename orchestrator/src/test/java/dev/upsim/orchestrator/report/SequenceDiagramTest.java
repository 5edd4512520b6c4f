package dev.upsim.orchestrator.report;

import static dev.upsim.orchestrator.report.TraceBuilder.own;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.orchestrator.trace.TraceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceDiagramTest {

  @Test
  void aChainDeclaresEveryParticipantAndDrawsItsMessages() {
    var events =
        new TraceBuilder()
            .started("admin", "[task:operate:export]")
            .token("admin", "[task:operate:export]")
            .allowed("admin", "POST /projects/p/environments/main/tasks/export/run", 202, "ok")
            .started("export--task--1a2b3c4d", "[env:view]")
            .token("export--task--1a2b3c4d", "[env:view]")
            .stopped("export--task--1a2b3c4d", "the task exited with code 0")
            .events();

    String diagram = SequenceDiagram.render(events, false);
    MermaidStructure structure = MermaidStructure.parse(diagram);

    assertThat(structure.participants)
        .containsExactly(
            "admin",
            "admin_proxy",
            "api",
            "export__task__1a2b3c4d",
            "export__task__1a2b3c4d_proxy");
    assertThat(structure.arrows)
        .containsExactly(
            "admin->>admin_proxy",
            "admin_proxy-->>admin",
            "admin->>api",
            "api-->>admin",
            "api-)export__task__1a2b3c4d",
            "export__task__1a2b3c4d->>export__task__1a2b3c4d_proxy",
            "export__task__1a2b3c4d_proxy-->>export__task__1a2b3c4d");
    assertThat(diagram)
        .contains("  participant export__task__1a2b3c4d as export--task--1a2b3c4d\n")
        .contains("  Note over export__task__1a2b3c4d: stopped: the task exited with code 0\n");
  }

  @Test
  void aRefusalIsACrossedArrowWithItsReasonAndTheGrantNeeded() {
    var events =
        new TraceBuilder()
            .refused("storefront", "POST /run", Grant.operateTask("export"), List.of())
            .events();

    String diagram = SequenceDiagram.render(events, false);

    assertThat(diagram)
        .contains("  api--xstorefront: 403 missing-grant (needs task:operate:export)\n");
  }

  @Test
  void syntaxInLabelsIsEncodedAndKeywordsAreNeverIds() {
    var events =
        new TraceBuilder()
            .event("end", "end/proxy", TraceKind.TOKEN_REQUESTED, "a; b # c <d> 100%")
            .events();

    String diagram = SequenceDiagram.render(events, false);
    MermaidStructure structure = MermaidStructure.parse(diagram);

    assertThat(structure.participants).containsExactly("end_", "end_proxy");
    assertThat(structure.labels).contains("a#59; b #35; c #lt;d#gt; 100#37;");
    assertThat(structure.labels)
        .allSatisfy(label -> assertThat(label.replaceAll("#\\w+;", "")).doesNotContain(";", "#"));
  }

  @Test
  void namesThatSanitizeAlikeGetDistinctIds() {
    var events =
        new TraceBuilder().event("a-b", "a_b", TraceKind.TOKEN_REQUESTED, "token").events();

    assertThat(MermaidStructure.parse(SequenceDiagram.render(events, false)).participants)
        .containsExactly("a_b", "a_b_2");
  }

  @Test
  void environmentsKeepTheirParticipantsApartWhenQualified() {
    var events =
        new TraceBuilder()
            .token("admin", "[]")
            .in("staging")
            .refused("admin", "GET /env", Grant.ENV_VIEW, List.of(own(Grant.ENV_VIEW, 3)))
            .events();

    assertThat(MermaidStructure.parse(SequenceDiagram.render(events, true)).participants)
        .containsExactly("main_admin", "main_admin_proxy", "staging_admin", "staging_api");
  }
}
