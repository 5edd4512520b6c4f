package dev.upsim.orchestrator.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Writes a JSON tree of plain values as compact text, exactly as Jackson's default {@code
 * ObjectMapper} does, without its per-call set-up.
 *
 * <p>Why: every run call is answered with a body of a few hundred bytes, and in a chain of 10,000
 * tasks the mapper's set-up for each (generator, context, serializer provider) showed in the
 * profile. Objects, arrays, strings, booleans, nulls and whole numbers are written here, with
 * Jackson's escapes: the quote, the backslash, {@code \b \t \n \f \r}, any other control character
 * as a backslash, {@code u00} and two upper-case hex digits, and everything else as it is. A tree
 * holding anything else (a fraction, binary data) is not written: the caller falls back to the
 * mapper.
 */
final class CompactJson {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private CompactJson() {}

  /** The compact text of {@code node}, or null when it holds a value not written here. */
  static String write(JsonNode node) {
    StringBuilder text = new StringBuilder(256);
    return append(text, node) ? text.toString() : null;
  }

  private static boolean append(StringBuilder text, JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return appendObject(text, node);
      case ARRAY:
        return appendArray(text, node);
      case STRING:
        appendString(text, node.textValue());
        return true;
      case BOOLEAN:
        text.append(node.booleanValue());
        return true;
      case NULL:
        text.append("null");
        return true;
      case NUMBER:
        return appendWholeNumber(text, node);
      default:
        return false;
    }
  }

  private static boolean appendObject(StringBuilder text, JsonNode node) {
    text.append('{');
    boolean first = true;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      text.append(first ? "" : ",");
      first = false;
      appendString(text, field.getKey());
      text.append(':');
      if (!append(text, field.getValue())) {
        return false;
      }
    }
    text.append('}');
    return true;
  }

  private static boolean appendArray(StringBuilder text, JsonNode node) {
    text.append('[');
    for (int i = 0; i < node.size(); i++) {
      text.append(i == 0 ? "" : ",");
      if (!append(text, node.get(i))) {
        return false;
      }
    }
    text.append(']');
    return true;
  }

  private static boolean appendWholeNumber(StringBuilder text, JsonNode node) {
    if (!node.isInt() && !node.isLong()) {
      return false;
    }
    text.append(node.longValue());
    return true;
  }

  private static void appendString(StringBuilder text, String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      appendChar(text, value.charAt(i));
    }
    text.append('"');
  }

  private static void appendChar(StringBuilder text, char c) {
    if (c >= 0x20 && c != '"' && c != '\\') {
      text.append(c);
      return;
    }
    switch (c) {
      case '"':
      case '\\':
        text.append('\\').append(c);
        break;
      case '\b':
        text.append("\\b");
        break;
      case '\t':
        text.append("\\t");
        break;
      case '\n':
        text.append("\\n");
        break;
      case '\f':
        text.append("\\f");
        break;
      case '\r':
        text.append("\\r");
        break;
      default:
        text.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
    }
  }
}
