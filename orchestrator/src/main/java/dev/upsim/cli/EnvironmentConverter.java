package dev.upsim.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --env NAME[:TYPE]}: an environment's name and type. Without a type, {@code main} is
 * production and any other environment development, as on a new Upsun project.
 */
final class EnvironmentConverter implements ITypeConverter<Map.Entry<String, String>> {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final List<String> TYPES = List.of("production", "staging", "development");

  /** The name and type {@code text} names; picocli reports a failure as a usage error. */
  @Override
  public Map.Entry<String, String> convert(String text) {
    int colon = text.indexOf(':');
    String name = colon < 0 ? text : text.substring(0, colon);
    String type = colon < 0 ? defaultType(name) : text.substring(colon + 1);
    if (!NAME.matcher(name).matches()) {
      throw new TypeConversionException(
          "'" + name + "' is not an environment name: use lowercase letters, digits and hyphens");
    }
    if (!TYPES.contains(type)) {
      throw new TypeConversionException(
          "'" + type + "' is not an environment type; valid types: " + String.join(", ", TYPES));
    }
    return Map.entry(name, type);
  }

  private static String defaultType(String name) {
    return name.equals("main") ? "production" : "development";
  }
}
