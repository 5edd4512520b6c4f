package dev.upsim.orchestrator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTextTest {

  @Test
  void columnsAlignAndDetailsSitUnderTheText() {
    var events =
        new TraceBuilder()
            .token("admin", "[env:view]")
            .at(5)
            .refused("storefront", "POST /run", Grant.operateTask("export"), List.of())
            .events();

    var rows = Timeline.rows(events, false, false);

    List<String> lines =
        new TimelineText(TraceBuilder.START, Palette.PLAIN, "  ", rows).lines(rows);

    assertThat(lines)
        .containsExactly(
            "  +00:00:00  admin -> admin/proxy  token (default lifetime)",
            "                                   issued token admin.1 for 60s carrying [env:view]",
            "  +00:00:05  storefront -> api     POST /run",
            "                                   403 missing-grant refused: storefront holds no"
                + " grants; task:operate:export would be needed");
  }

  @Test
  void columnsAreAsWideAsTheWidestRowGivenAtTheStart() {
    var all =
        Timeline.rows(new TraceBuilder().token("export--task--1a2b", "[]").events(), false, false);
    var some = Timeline.rows(new TraceBuilder().at(7).token("a", "[]").events(), false, false);

    List<String> lines = new TimelineText(TraceBuilder.START, Palette.PLAIN, "", all).lines(some);

    assertThat(lines.get(0))
        .isEqualTo("+00:00:07  a -> a/proxy" + " ".repeat(18) + "  token (default lifetime)");
  }

  @Test
  void thePaletteMarksRefusalsAndRepeatedTimes() {
    var events =
        new TraceBuilder()
            .allowed("admin", "GET /env", 200, "ok")
            .refused("shop", "POST /run", Grant.operateTask("export"), List.of())
            .events();
    Palette brackets = new Palette(s -> s, s -> "<" + s + ">", s -> "[" + s + "]", s -> "~" + s);

    var rows = Timeline.rows(events, false, false);

    List<String> lines = new TimelineText(TraceBuilder.START, brackets, "", rows).lines(rows);

    assertThat(lines.get(1)).endsWith("<200 ok>");
    assertThat(lines.get(2)).startsWith("~+00:00:00");
    assertThat(lines.get(3)).contains("[403 missing-grant");
  }
}
