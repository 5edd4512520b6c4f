package dev.upsim.orchestrator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body read strictly: every parameter at most once, as
 * RFC 6749 section 3.2 requires of token requests, and every percent escape well formed.
 */
final class FormBody {

  private FormBody() {}

  /** The result of reading a body. */
  sealed interface Parsed permits Fields, Malformed {}

  /** The body's parameters, in order. */
  record Fields(Map<String, String> values) implements Parsed {}

  /** The body is not a form, and why. */
  record Malformed(String problem) implements Parsed {}

  /** Reads {@code body}; an empty body has no parameters. */
  static Parsed parse(String body) {
    Map<String, String> values = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return new Fields(values);
    }
    for (String pair : body.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      String decodedName = decode(name);
      String decodedValue = decode(value);
      if (decodedName == null || decodedValue == null) {
        return new Malformed("the form has a malformed percent escape in '" + pair + "'");
      }
      if (values.putIfAbsent(decodedName, decodedValue) != null) {
        return new Malformed("the form names '" + decodedName + "' more than once");
      }
    }
    return new Fields(values);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
