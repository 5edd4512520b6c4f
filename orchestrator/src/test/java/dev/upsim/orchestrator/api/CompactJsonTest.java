package dev.upsim.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CompactJsonTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void everyCharacterIsWrittenAsJacksonWritesIt() throws Exception {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      every.append(c);
    }
    every.append("\uD83D\uDE00 \u2028\u2029 \uFFFF");
    ObjectNode node = JACKSON.createObjectNode();
    node.put("all \"of\" them\n", every.toString());

    assertThat(CompactJson.write(node)).isEqualTo(JACKSON.writeValueAsString(node));
  }

  @Test
  void nestedObjectsArraysNumbersBooleansAndNullsAreWrittenAsJacksonWritesThem() throws Exception {
    ObjectNode node = JACKSON.createObjectNode();
    node.put("status", "created").put("code", 202).put("big", Long.MIN_VALUE);
    node.put("negative", -7).put("yes", true).put("no", false).putNull("nothing");
    node.put("absent", (String) null);
    node.putArray("empty");
    node.putObject("none");
    ObjectNode inner = node.putObject("_embedded").putArray("activities").addObject();
    inner.putArray("chain").add("a").add("b").addNull().add(3);
    inner.putObject("variables").putObject("env").put("K", "v\u0001");

    assertThat(CompactJson.write(node)).isEqualTo(JACKSON.writeValueAsString(node));
  }

  @Test
  void aTreeWithAFractionIsLeftToJackson() {
    ObjectNode node = JACKSON.createObjectNode();
    node.put("whole", 1).put("fraction", 0.5).put("decimal", new BigDecimal("1.10"));

    assertThat(CompactJson.write(node)).isNull();
    assertThat(ApiJson.text(node)).isEqualTo("{\"whole\":1,\"fraction\":0.5,\"decimal\":1.10}");
  }
}
