package dev.upsim.orchestrator.report;

import java.util.Locale;
import java.util.Set;

/**
 * Makes text safe inside a Mermaid diagram. Participant ids keep letters, digits and underscores
 * only and never spell a keyword; labels and messages keep their words but encode the characters
 * Mermaid would read as syntax ({@code ;} ends a statement, {@code #} starts an entity code, {@code
 * %%} a comment, angle brackets HTML) as Mermaid's own entity codes.
 */
final class MermaidText {

  /** Words a sequence diagram reads as syntax, which an id must never be. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "participant",
          "actor",
          "as",
          "loop",
          "alt",
          "else",
          "opt",
          "par",
          "and",
          "rect",
          "end",
          "note",
          "over",
          "left",
          "right",
          "of",
          "activate",
          "deactivate",
          "autonumber",
          "title",
          "critical",
          "option",
          "break",
          "box",
          "create",
          "destroy",
          "link",
          "links",
          "properties",
          "details",
          "sequencediagram");

  private MermaidText() {}

  /** An id for {@code name}: other characters become underscores; a keyword gets one appended. */
  static String id(String name) {
    String id = name.replaceAll("[^A-Za-z0-9_]", "_");
    if (id.isEmpty() || KEYWORDS.contains(id.toLowerCase(Locale.ROOT))) {
      id = id + "_";
    }
    return id;
  }

  /** {@code text} on one line, with syntax characters encoded. */
  static String label(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      safe.append(encode(c));
    }
    return safe.toString().strip();
  }

  private static String encode(char c) {
    switch (c) {
      case '#':
        return "#35;";
      case ';':
        return "#59;";
      case '%':
        return "#37;";
      case '<':
        return "#lt;";
      case '>':
        return "#gt;";
      case '\n':
      case '\r':
      case '\t':
        return " ";
      default:
        return String.valueOf(c);
    }
  }
}
