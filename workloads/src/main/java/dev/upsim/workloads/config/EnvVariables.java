package dev.upsim.workloads.config;

import dev.upsim.workloads.yaml.YamlEntry;
import dev.upsim.workloads.yaml.YamlNull;
import dev.upsim.workloads.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code variables.env} entries of an application, a worker or a task: what its containers see
 * as environment variables. Other prefixes of {@code variables} ({@code php}, ...) are accepted and
 * not read.
 */
final class EnvVariables {

  private static final String VALUE =
      "a string, number or boolean, which the container sees as text";

  private EnvVariables() {}

  /** The {@code variables.env} of {@code owner}, empty when it declares none. */
  static Map<String, String> read(Section owner, Problems problems) {
    Map<String, String> env = new LinkedHashMap<>();
    Optional<Section> declared =
        owner
            .optionalSection("variables", "a mapping of variable prefixes such as env")
            .flatMap(variables -> variables.optionalSection("env", "a mapping of names to values"));
    declared.ifPresent(
        section -> section.mapping().entries().forEach(e -> add(e, section, env, problems)));
    return env;
  }

  private static void add(
      YamlEntry entry, Section env, Map<String, String> read, Problems problems) {
    if (entry.value() instanceof YamlScalar) {
      read.put(entry.key(), ((YamlScalar) entry.value()).text());
    } else if (entry.value() instanceof YamlNull) {
      read.put(entry.key(), "");
    } else {
      String problem =
          "found " + entry.value().describe() + " where a variable's value is expected";
      problems.add(entry.value().at(), env.pathOf(entry.key()), problem, VALUE);
    }
  }
}
