package dev.upsim.workloads.yaml;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.config.ConfigError;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 decoding that names the line and column of the first byte that is not UTF-8. */
final class Utf8Text {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Utf8Text() {}

  /** The text of {@code bytes} without a leading byte order mark, or the error that stopped it. */
  static Decoded decode(byte[] bytes, String file) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return new Decoded(null, notUtf8(bytes, in.position(), out.flip(), file));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return new Decoded(
        text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1), null);
  }

  private static ConfigError notUtf8(byte[] bytes, int offset, CharSequence before, String file) {
    String problem =
        String.format(
            Locale.ROOT,
            "the file is not UTF-8 text: byte 0x%02X at offset %d is not valid UTF-8",
            bytes[offset] & 0xFF,
            offset);
    return new ConfigError(
        placeAfter(before, file), "", problem, "a YAML file encoded in UTF-8, not binary data");
  }

  /** The line and column just after {@code text}, counting columns in code points. */
  static SourceLocation placeAfter(CharSequence text, String file) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = Character.codePointCount(text, lineStart, text.length()) + 1;
    return new SourceLocation(file, line, column);
  }

  /** Either the decoded text or the error, never both. */
  record Decoded(String text, ConfigError error) {}
}
