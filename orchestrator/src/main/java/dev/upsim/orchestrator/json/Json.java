package dev.upsim.orchestrator.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Reads and writes JSON trees of plain values (objects, arrays, strings, numbers, booleans and
 * nulls) with Jackson's streaming parser and generator.
 *
 * <p>Why not an {@code ObjectMapper}: its class initialisation builds a {@code SimpleDateFormat},
 * which loads the JDK's locale data, and its first {@code writeValueAsString} sets up the whole
 * serializer machinery, about 300 classes in all. Every {@code upsim run} paid that on its first
 * trace event, for a walk over a tree. The text written here is the one an {@code ObjectMapper}
 * with default settings writes (JsonTest compares the two), and reading keeps its rules: numbers
 * become the smallest node that holds them, a repeated key keeps its last value.
 */
public final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A new empty array. */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** {@code node} as compact JSON text, without spaces or a newline. */
  public static String text(JsonNode node) {
    return text(node, null);
  }

  /**
   * {@code node} laid out by {@code layout}, or compact when it is null. A pretty printer keeps the
   * depth it is at, so pass a new one for every call.
   */
  public static String text(JsonNode node, PrettyPrinter layout) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.setPrettyPrinter(layout);
      write(node, generator);
    } catch (IOException impossible) {
      throw new UncheckedIOException("a StringWriter does not fail", impossible);
    }
    return text.toString();
  }

  /**
   * The tree of one JSON value, which must be the whole of {@code text} (whitespace aside).
   *
   * @throws JsonProcessingException when {@code text} is not one JSON value
   */
  public static JsonNode read(String text) throws JsonProcessingException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonParseException(parser, "no JSON value: the text is empty");
      }
      JsonNode tree = value(parser, first);
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "more text after the JSON value");
      }
      return tree;
    } catch (JsonProcessingException malformed) {
      throw malformed;
    } catch (IOException impossible) {
      throw new UncheckedIOException("reading a String does not fail", impossible);
    }
  }

  private static void write(JsonNode node, JsonGenerator generator) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        generator.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          generator.writeFieldName(field.getKey());
          write(field.getValue(), generator);
        }
        generator.writeEndObject();
      }
      case ARRAY -> {
        generator.writeStartArray();
        for (JsonNode element : node) {
          write(element, generator);
        }
        generator.writeEndArray();
      }
      case NUMBER -> number(node, generator);
      case STRING -> generator.writeString(node.textValue());
      case BOOLEAN -> generator.writeBoolean(node.booleanValue());
      case NULL -> generator.writeNull();
      default ->
          throw new IllegalArgumentException(
              "only plain JSON values can be written, not a " + node.getNodeType() + " node");
    }
  }

  private static void number(JsonNode node, JsonGenerator generator) throws IOException {
    switch (node.numberType()) {
      case INT -> generator.writeNumber(node.intValue());
      case LONG -> generator.writeNumber(node.longValue());
      case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
      case FLOAT -> generator.writeNumber(node.floatValue());
      case DOUBLE -> generator.writeNumber(node.doubleValue());
      default -> generator.writeNumber(node.decimalValue());
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new JsonParseException(parser, "the text ends where a value belongs");
    }
    switch (token) {
      case START_OBJECT:
        return object(parser);
      case START_ARRAY:
        return array(parser);
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return integer(parser);
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(parser, "unexpected " + token + " where a value belongs");
    }
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
      object.set(key, value(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      array.add(value(parser, token));
    }
    return array;
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    switch (parser.getNumberType()) {
      case INT:
        return NODES.numberNode(parser.getIntValue());
      case LONG:
        return NODES.numberNode(parser.getLongValue());
      default:
        return NODES.numberNode(parser.getBigIntegerValue());
    }
  }
}
