package dev.upsim.orchestrator.report;

/**
 * Escapes text for XML 1.0. Markup characters become entities, line ends inside attributes become
 * character references (so parsers keep them), and characters XML 1.0 cannot carry at all (most
 * control characters, lone surrogates) become U+FFFD, since a report must always parse.
 */
final class Xml {

  private static final char REPLACEMENT = '\uFFFD';

  private Xml() {}

  /** {@code text} for use between tags. */
  static String text(String text) {
    return escape(text, false);
  }

  /** {@code text} for use inside a double-quoted attribute. */
  static String attribute(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(escape(c, attribute));
      }
    }
    return out.toString();
  }

  private static String escape(char c, boolean attribute) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return attribute ? "&quot;" : "\"";
      case '\n':
        return attribute ? "&#10;" : "\n";
      case '\r':
        return "&#13;";
      case '\t':
        return attribute ? "&#9;" : "\t";
      default:
        return allowed(c) ? String.valueOf(c) : String.valueOf(REPLACEMENT);
    }
  }

  /** Whether XML 1.0 allows {@code c} on its own (surrogate pairs are handled by the caller). */
  private static boolean allowed(char c) {
    return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
  }
}
