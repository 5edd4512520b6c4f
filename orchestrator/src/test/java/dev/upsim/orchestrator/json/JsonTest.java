package dev.upsim.orchestrator.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

  /** The reference: what upsim wrote before it wrote through the streaming generator. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void writesEveryPlainValueAsAnObjectMapperDoes() throws JsonProcessingException {
    ObjectNode tree = everyKindOfValue();

    assertThat(Json.text(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
  }

  @Test
  void laysOutAsAnObjectMapperDoesWithTheSamePrettyPrinter() throws JsonProcessingException {
    ObjectNode tree = everyKindOfValue();

    assertThat(Json.text(tree, new DefaultPrettyPrinter()))
        .isEqualTo(MAPPER.writer(new DefaultPrettyPrinter()).writeValueAsString(tree))
        .contains("\n");
  }

  @Test
  void writesFieldsInInsertionOrderWithoutSpaces() {
    ObjectNode tree = Json.object().put("b", 1).put("a", "x");
    tree.putArray("list").add(true).addNull();

    assertThat(Json.text(tree)).isEqualTo("{\"b\":1,\"a\":\"x\",\"list\":[true,null]}");
  }

  @Test
  void readsWhatItWroteBackIntoAnEqualTree() throws JsonProcessingException {
    ObjectNode tree = everyKindOfValue();
    // Floats and decimals read back as doubles, as ObjectMapper reads them.
    tree.remove(List.of("float", "decimal", "exact"));

    assertThat(Json.read(Json.text(tree))).isEqualTo(tree);
  }

  @Test
  void readsNumbersIntoTheNodesObjectMapperChooses() throws JsonProcessingException {
    String text = "[1, 3000000000, 123456789012345678901234567890, 1.5, -0.25e3]";

    JsonNode read = Json.read(text);

    assertThat(read).isEqualTo(MAPPER.readTree(text));
    assertThat(read.get(0).isInt()).isTrue();
    assertThat(read.get(1).isLong()).isTrue();
    assertThat(read.get(2).isBigInteger()).isTrue();
    assertThat(read.get(3).isDouble()).isTrue();
  }

  @Test
  void aRepeatedKeyKeepsItsLastValue() throws JsonProcessingException {
    assertThat(Json.read("{\"a\": 1, \"a\": 2}").get("a").intValue()).isEqualTo(2);
  }

  @Test
  void refusesTextThatIsNotExactlyOneValue() {
    assertThatThrownBy(() -> Json.read("")).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> Json.read("{\"a\": 1} {}"))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("more text after the JSON value");
    assertThatThrownBy(() -> Json.read("{\"a\": ")).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> Json.read("[1, 2")).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> Json.read("not json")).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void refusesToWriteAValueThatIsNotPlainJson() {
    ObjectNode tree = Json.object().set("thing", new POJONode(new Object()));

    assertThatThrownBy(() -> Json.text(tree))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POJO");
  }

  private static ObjectNode everyKindOfValue() {
    ObjectNode tree = Json.object();
    tree.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 accent é");
    tree.put("int", -42);
    tree.put("long", 3_000_000_000L);
    tree.put("big", new BigInteger("123456789012345678901234567890"));
    tree.put("double", 0.1);
    tree.put("float", 2.5f);
    tree.put("decimal", new BigDecimal("1.50"));
    tree.put("yes", true);
    tree.putNull("nothing");
    tree.putObject("empty");
    tree.putArray("none");
    tree.putArray("nested").addObject().putArray("deeper").add(1).add("two");
    tree.set(
        "exact", JsonNodeFactory.withExactBigDecimals(true).numberNode(new BigDecimal("1E+3")));
    return tree;
  }
}
