package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors found so far in a configuration or scenario file; every check adds to it and none
 * stops at the first. Public because the scenario reader reports its problems the same way.
 */
public final class Problems {

  private static final Comparator<ConfigError> BY_PLACE =
      Comparator.comparing((ConfigError error) -> error.at().file())
          .thenComparingInt(error -> error.at().line())
          .thenComparingInt(error -> error.at().column());

  private final List<ConfigError> errors = new ArrayList<>();

  /** Records one problem at {@code at} under {@code keyPath}. */
  public void add(SourceLocation at, String keyPath, String problem, String valid) {
    errors.add(new ConfigError(at, keyPath, problem, valid));
  }

  /** Records problems found elsewhere, for example while reading a file. */
  public void addAll(List<ConfigError> more) {
    errors.addAll(more);
  }

  /** Whether nothing is wrong so far. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Every problem, sorted by file, then line, then column. */
  public List<ConfigError> sorted() {
    List<ConfigError> sorted = new ArrayList<>(errors);
    sorted.sort(BY_PLACE);
    return List.copyOf(sorted);
  }
}
