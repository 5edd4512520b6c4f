package dev.upsim.workloads.config;

import java.util.List;

/**
 * The outcome of loading a configuration: the validated configuration, or every error found.
 *
 * <p>Temporary copy in the {@code cli} branch, so that the command line compiles before the real
 * loader lands on main; it is deleted at that merge.
 */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Rejected {

  /** The configuration is valid. */
  record Loaded(ProjectConfig config) implements LoadResult {}

  /** The configuration has errors; nothing may run. */
  record Rejected(List<ConfigError> errors) implements LoadResult {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
