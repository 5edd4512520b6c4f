package dev.upsim.bench.config;

import dev.upsim.workloads.config.ConfigLoader;
import dev.upsim.workloads.config.LoadResult;
import dev.upsim.workloads.resolve.AuthorizationResolver;
import dev.upsim.workloads.resolve.Resolution;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;

/**
 * Loading, validating and resolving a generated configuration of {@value #APPLICATIONS}
 * applications with {@value #WORKERS_PER_APPLICATION} workers each and {@value #TASKS} tasks,
 * beside the least any loader must do: SnakeYAML's event stream over the same files.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ConfigLoadBenchmark {

  /** Applications in the generated configuration. */
  public static final int APPLICATIONS = 200;

  /** Workers of each application: 1,000 in all. */
  public static final int WORKERS_PER_APPLICATION = 5;

  /** Tasks in the generated configuration. */
  public static final int TASKS = 2000;

  private Path project;
  private Path upsun;

  /** Writes the configuration into a fresh temporary directory. */
  @Setup(Level.Trial)
  public void write() throws IOException {
    project = Files.createTempDirectory("upsim-config-bench");
    upsun = new GeneratedConfig(APPLICATIONS, WORKERS_PER_APPLICATION, TASKS).writeTo(project);
  }

  /** Removes the temporary directory. */
  @TearDown(Level.Trial)
  public void remove() throws IOException {
    try (Stream<Path> paths = Files.walk(project)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Every YAML event of every file, and nothing else: the baseline. */
  @Benchmark
  public long yamlEventsOnly() throws IOException {
    long events = 0;
    for (Path file : GeneratedConfig.files(upsun)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        for (Event event : new Yaml().parse(reader)) {
          events += event.getEndMark() == null ? 0 : 1;
        }
      }
    }
    return events;
  }

  /** Loads and validates the whole configuration. */
  @Benchmark
  public LoadResult load() {
    return loaded(ConfigLoader.load(project));
  }

  /** Loads, validates and resolves every workload's grants. */
  @Benchmark
  public Resolution loadAndResolve() {
    LoadResult.Loaded loaded = (LoadResult.Loaded) loaded(ConfigLoader.load(project));
    return AuthorizationResolver.resolve(loaded.config());
  }

  private static LoadResult loaded(LoadResult result) {
    if (result instanceof LoadResult.Rejected rejected) {
      throw new IllegalStateException("the generated configuration was rejected: " + rejected);
    }
    return result;
  }
}
