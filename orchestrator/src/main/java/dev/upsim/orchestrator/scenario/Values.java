package dev.upsim.orchestrator.scenario;

import dev.upsim.orchestrator.scenario.Scalars.Kind;
import dev.upsim.workloads.config.Problems;
import dev.upsim.workloads.schedule.DurationFormatException;
import dev.upsim.workloads.schedule.Durations;
import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlNode;
import dev.upsim.workloads.yaml.YamlScalar;
import dev.upsim.workloads.yaml.YamlSequence;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one value of the expected shape, or reports at the value's place what was found instead and
 * what would be valid. Every reader answers empty after a report, so callers carry on and the whole
 * file is checked in one pass.
 */
final class Values {

  /** The forms of a duration the scenario schema allows, as users read them. */
  static final String DURATION_FORMS =
      "a duration such as 30s, 15m, 2h, 1d or 1h30m (units s, m, h, d), or whole seconds (90)";

  private static final Pattern DURATION = Pattern.compile("([0-9]+[smhd])+");
  private static final Pattern DURATION_PART = Pattern.compile("[0-9]+[smhd]");

  private Values() {}

  /** The node as a mapping. */
  static Optional<YamlMapping> mapping(YamlNode node, String path, String valid, Problems out) {
    if (node instanceof YamlMapping) {
      return Optional.of((YamlMapping) node);
    }
    wrongShape(node, path, "a mapping", valid, out);
    return Optional.empty();
  }

  /** The node as a list. */
  static Optional<YamlSequence> list(YamlNode node, String path, String valid, Problems out) {
    if (node instanceof YamlSequence) {
      return Optional.of((YamlSequence) node);
    }
    wrongShape(node, path, "a list", valid, out);
    return Optional.empty();
  }

  /** The node as text, possibly empty. */
  static Optional<String> text(YamlNode node, String path, String valid, Problems out) {
    if (node instanceof YamlScalar && Scalars.kindOf((YamlScalar) node) == Kind.TEXT) {
      return Optional.of(((YamlScalar) node).text());
    }
    wrongShape(node, path, "text", valid + quoteAdvice(node), out);
    return Optional.empty();
  }

  /** The node as text of at least one character. */
  static Optional<String> nonEmptyText(YamlNode node, String path, String valid, Problems out) {
    Optional<String> text = text(node, path, valid, out);
    if (text.isPresent() && text.get().isEmpty()) {
      out.add(node.at(), path, "the text is empty", valid);
      return Optional.empty();
    }
    return text;
  }

  /**
   * The node as an integer from {@code min} to {@code max}. As in JSON Schema, a number with no
   * fraction ({@code 200.0}) is an integer too.
   */
  static Optional<Long> integer(
      YamlNode node, String path, long min, long max, String valid, Problems out) {
    if (!isNumeric(node)) {
      wrongShape(node, path, "an integer", valid, out);
      return Optional.empty();
    }
    BigDecimal value = Scalars.numericValue((YamlScalar) node);
    if (value != null && !Scalars.isWhole(value)) {
      wrongShape(node, path, "an integer", valid, out);
      return Optional.empty();
    }
    if (value == null
        || value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      out.add(node.at(), path, ((YamlScalar) node).text() + " is out of range", valid);
      return Optional.empty();
    }
    return Optional.of(value.longValueExact());
  }

  /** Whether the node is a plain number, whole or not. */
  static boolean isNumeric(YamlNode node) {
    if (!(node instanceof YamlScalar)) {
      return false;
    }
    Kind kind = Scalars.kindOf((YamlScalar) node);
    return kind == Kind.INTEGER || kind == Kind.NUMBER;
  }

  /** The node as a boolean. */
  static Optional<Boolean> bool(YamlNode node, String path, String valid, Problems out) {
    if (node instanceof YamlScalar && Scalars.kindOf((YamlScalar) node) == Kind.BOOLEAN) {
      return Optional.of(Scalars.booleanValue((YamlScalar) node));
    }
    wrongShape(node, path, "true or false", valid, out);
    return Optional.empty();
  }

  /**
   * The node as a plain value (text, number or boolean), in the text form the platform would see:
   * booleans as {@code true} or {@code false}, integers in decimal, anything else as written.
   */
  static Optional<String> plainValue(YamlNode node, String path, String valid, Problems out) {
    if (!(node instanceof YamlScalar)) {
      wrongShape(node, path, "text, a number or a boolean", valid, out);
      return Optional.empty();
    }
    YamlScalar scalar = (YamlScalar) node;
    switch (Scalars.kindOf(scalar)) {
      case BOOLEAN:
        return Optional.of(String.valueOf(Scalars.booleanValue(scalar)));
      case INTEGER:
        BigDecimal value = Scalars.numericValue(scalar);
        return Optional.of(value == null ? scalar.text() : value.toPlainString());
      default:
        return Optional.of(scalar.text());
    }
  }

  /** The node as a duration: whole seconds, or amounts with units s, m, h and d. */
  static Optional<Duration> duration(YamlNode node, String path, Problems out) {
    if (isNumeric(node)) {
      return integer(node, path, 0, Long.MAX_VALUE, DURATION_FORMS, out).map(Duration::ofSeconds);
    }
    Optional<String> text = text(node, path, DURATION_FORMS, out);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (!DURATION.matcher(text.get()).matches()) {
      out.add(node.at(), path, "'" + text.get() + "' is not a duration", DURATION_FORMS);
      return Optional.empty();
    }
    return sumOfParts(text.get(), node, path, out);
  }

  /** Adds the parts of a duration one by one, so any order of units works, as the schema says. */
  private static Optional<Duration> sumOfParts(
      String text, YamlNode node, String path, Problems out) {
    Duration total = Duration.ZERO;
    Matcher part = DURATION_PART.matcher(text);
    try {
      while (part.find()) {
        total = total.plus(Durations.parse(part.group()));
      }
      return Optional.of(total);
    } catch (DurationFormatException | ArithmeticException tooLarge) {
      out.add(node.at(), path, "'" + text + "' is too long a duration", DURATION_FORMS);
      return Optional.empty();
    }
  }

  /** The node in words, with the type YAML gives a plain scalar when that type is not text. */
  static String describe(YamlNode node) {
    if (node instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node;
      Kind kind = Scalars.kindOf(scalar);
      if (kind != Kind.TEXT) {
        return "the value '" + scalar.text() + "' (" + kind.words() + " in YAML)";
      }
    }
    return node.describe();
  }

  /** Reports that {@code node} does not have the shape {@code expected}. */
  static void wrongShape(YamlNode node, String path, String expected, String valid, Problems out) {
    out.add(
        node.at(), path, "found " + describe(node) + " where " + expected + " is expected", valid);
  }

  private static String quoteAdvice(YamlNode node) {
    if (node instanceof YamlScalar && Scalars.kindOf((YamlScalar) node) != Kind.TEXT) {
      return "; quote it to keep it as text: \"" + ((YamlScalar) node).text() + "\"";
    }
    return "";
  }
}
