package dev.upsim.orchestrator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The variables of the console table: ready to paste after env, and within 100 columns. */
class ContainerTableTest {

  @Test
  void plainValuesAreWrittenAsTheyAre() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("PLATFORM_PROJECT", "project");
    variables.put("UPSIM_API_URL", "http://127.0.0.1:8100");

    assertThat(ContainerTable.variableLines(variables))
        .containsExactly("    PLATFORM_PROJECT=project UPSIM_API_URL=http://127.0.0.1:8100");
  }

  @Test
  void valuesWithSpacesOrQuotesAreQuotedForAShell() {
    Map<String, String> variables = new TreeMap<>(Map.of("GREETING", "it's late", "EMPTY", ""));

    assertThat(ContainerTable.variableLines(variables))
        .containsExactly("    EMPTY='' GREETING='it'\\''s late'");
  }

  @Test
  void longListsWrapAtOneHundredColumns() {
    Map<String, String> variables = new TreeMap<>();
    for (int i = 0; i < 20; i++) {
      variables.put("VARIABLE_" + i, "value-" + i);
    }

    List<String> lines = ContainerTable.variableLines(variables);

    assertThat(lines)
        .hasSizeGreaterThan(1)
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
    assertThat(String.join(" ", lines)).contains("VARIABLE_19=value-19");
  }
}
