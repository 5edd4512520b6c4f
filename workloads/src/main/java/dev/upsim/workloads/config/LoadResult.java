package dev.upsim.workloads.config;

import java.util.List;

/** What loading a configuration gave: the validated configuration, or every error found. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Rejected {

  /** The configuration is valid; nothing was wrong in any file. */
  record Loaded(ProjectConfig config) implements LoadResult {}

  /** The configuration is invalid; every error of every file, sorted by file and position. */
  record Rejected(List<ConfigError> errors) implements LoadResult {

    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
