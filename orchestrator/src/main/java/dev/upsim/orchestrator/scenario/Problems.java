package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.config.ConfigError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in a scenario file so far; no check stops at the first. */
final class Problems {

  private static final Comparator<ConfigError> BY_PLACE =
      Comparator.comparing((ConfigError error) -> error.at().file())
          .thenComparingInt(error -> error.at().line())
          .thenComparingInt(error -> error.at().column());

  private final List<ConfigError> errors = new ArrayList<>();

  /** Records one problem at {@code at} under {@code keyPath}. */
  void add(SourceLocation at, String keyPath, String problem, String valid) {
    errors.add(new ConfigError(at, keyPath, problem, valid));
  }

  /** Records problems found elsewhere, for example by the YAML reader. */
  void addAll(List<ConfigError> more) {
    errors.addAll(more);
  }

  /** Whether nothing is wrong so far. */
  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Every problem, sorted by file, line and column; the sort is stable for one place. */
  List<ConfigError> sorted() {
    List<ConfigError> sorted = new ArrayList<>(errors);
    sorted.sort(BY_PLACE);
    return List.copyOf(sorted);
  }
}
