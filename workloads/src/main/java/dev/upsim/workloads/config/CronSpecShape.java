package dev.upsim.workloads.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outward shape of a cron {@code spec}: five fields of digits and {@code * / , - H}, with the
 * {@code H(a-b)} form allowed. Whether the numbers are in range is the cron schedule's business,
 * which reads the spec fully when the schedule is built; this check only catches what is plainly
 * not a five-field spec, with a message that names the field.
 */
final class CronSpecShape {

  static final String VALID =
      "five fields (minute, hour, day of month, month, day of week) of digits and * / , - H,"
          + " for example 'H 3 * * *' or '*/15 * * * *'";

  private static final List<String> FIELDS =
      List.of("minute", "hour", "day of month", "month", "day of week");
  private static final Pattern FIELD = Pattern.compile("(?:H\\(\\d+-\\d+\\)|[0-9*/,\\-H])+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private CronSpecShape() {}

  /** What is wrong with the shape of {@code spec}, or empty when it looks like a cron spec. */
  static Optional<String> problem(String spec) {
    String[] fields = spec.isBlank() ? new String[0] : SPACE.split(spec.strip());
    if (fields.length != FIELDS.size()) {
      return Optional.of(
          "cron spec '" + spec + "' has " + fields.length + " fields instead of five");
    }
    for (int i = 0; i < fields.length; i++) {
      if (!FIELD.matcher(fields[i]).matches()) {
        return Optional.of(
            "field "
                + (i + 1)
                + " ("
                + FIELDS.get(i)
                + ") of cron spec '"
                + spec
                + "' is '"
                + fields[i]
                + "', which holds characters other than digits and * / , - H");
      }
    }
    return Optional.empty();
  }
}
