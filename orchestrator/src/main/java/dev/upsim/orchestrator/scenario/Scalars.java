package dev.upsim.orchestrator.scenario;

import dev.upsim.workloads.yaml.YamlScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What a YAML scalar means as a value: text, a boolean, an integer or a number.
 *
 * <p>The located reader keeps every scalar as text; a scenario file is checked against a JSON
 * Schema, though, and the schema sees the values a YAML 1.1 reader types. So plain scalars are
 * typed here by the same resolver rules: {@code yes}, {@code on}, {@code true} (and their
 * capitalised forms) are booleans, {@code 12}, {@code 0x1F}, {@code 017} and {@code 1_000} are
 * integers, {@code 1.5} is a number, and the rest is text. Quoted and block scalars are always
 * text. A plain {@code 1:30} (a base-60 integer in YAML 1.1) stays text, as the common readers
 * leave it.
 */
final class Scalars {

  /** What kind of value a scalar is. */
  enum Kind {
    TEXT("text"),
    BOOLEAN("a boolean"),
    INTEGER("an integer"),
    NUMBER("a number");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /** The kind in words, for messages. */
    String words() {
      return words;
    }
  }

  /** Longer numbers are not parsed: no setting, status or seed needs a hundred digits. */
  private static final int MAX_DIGITS = 100;

  private static final Resolver RESOLVER = new Resolver();

  private Scalars() {}

  /** The kind of value {@code scalar} is. */
  static Kind kindOf(YamlScalar scalar) {
    if (scalar.quoted()) {
      return Kind.TEXT;
    }
    Tag tag = RESOLVER.resolve(NodeId.scalar, scalar.text(), true);
    if (Tag.BOOL.equals(tag)) {
      return Kind.BOOLEAN;
    }
    if (Tag.INT.equals(tag)) {
      return scalar.text().contains(":") ? Kind.TEXT : Kind.INTEGER;
    }
    return Tag.FLOAT.equals(tag) ? Kind.NUMBER : Kind.TEXT;
  }

  /** The boolean a scalar of kind {@link Kind#BOOLEAN} stands for. */
  static boolean booleanValue(YamlScalar scalar) {
    String word = scalar.text().toLowerCase(Locale.ROOT);
    return word.equals("true") || word.equals("yes") || word.equals("on");
  }

  /**
   * The exact value of a scalar of kind {@link Kind#INTEGER} or {@link Kind#NUMBER}; null for
   * infinity, not-a-number, and digits longer than any value a scenario needs, which are not parsed
   * at all so that a hostile file cannot make the parse slow.
   */
  static BigDecimal numericValue(YamlScalar scalar) {
    String text = scalar.text().replace("_", "");
    if (text.length() > MAX_DIGITS) {
      return null;
    }
    if (kindOf(scalar) == Kind.INTEGER) {
      return new BigDecimal(integerValue(text));
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException infinityOrNotANumber) {
      return null;
    }
  }

  /** Whether {@code value} has no fraction: JSON Schema counts {@code 200.0} as an integer. */
  static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** The integer of YAML 1.1 integer text without underscores: decimal, 0x, 0b or 0 octal. */
  private static BigInteger integerValue(String text) {
    boolean negative = text.startsWith("-");
    String digits = negative || text.startsWith("+") ? text.substring(1) : text;
    BigInteger value;
    if (digits.startsWith("0x")) {
      value = new BigInteger(digits.substring(2), 16);
    } else if (digits.startsWith("0b")) {
      value = new BigInteger(digits.substring(2), 2);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      value = new BigInteger(digits.substring(1), 8);
    } else {
      value = new BigInteger(digits);
    }
    return negative ? value.negate() : value;
  }
}
