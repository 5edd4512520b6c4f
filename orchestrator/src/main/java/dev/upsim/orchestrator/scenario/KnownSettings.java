package dev.upsim.orchestrator.scenario;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The upsim settings a scenario may override: every value under {@code upsim} in the reference
 * configuration of the modules on the class path, named without the prefix. The simulation's
 * dispatcher is machinery, not a platform choice, so it is left out.
 */
final class KnownSettings {

  private static final String MACHINERY = "simulation-dispatcher";

  private KnownSettings() {}

  /** The setting names of the reference configuration, sorted. */
  static Set<String> fromReference() {
    return namesIn(ConfigFactory.defaultReference());
  }

  /** The setting names under {@code upsim} in {@code config}, sorted. */
  static Set<String> namesIn(Config config) {
    Set<String> names = new TreeSet<>();
    if (config.hasPath("upsim")) {
      config.getConfig("upsim").entrySet().stream()
          .map(Map.Entry::getKey)
          .filter(name -> !name.equals(MACHINERY) && !name.startsWith(MACHINERY + "."))
          .forEach(names::add);
    }
    return names;
  }
}
