package dev.upsim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints JMH results as ratios to a baseline measured in the same run: on a shared, noisy machine a
 * rate alone says little, but two rates taken side by side share much of the noise.
 *
 * <p>Usage: {@code JmhRatios <baseline> <results.json>...}, where baseline is part of the baseline
 * benchmark's name, for example {@code RawJwtBenchmark.signAndVerify}. Each benchmark's rate is the
 * median of its measured iterations, which a burst of load on the machine moves less than the mean.
 * With several result files (repeated runs), a summary gives each benchmark's median ratio over the
 * runs and the range the runs spanned.
 */
public final class JmhRatios {

  private JmhRatios() {}

  /** Reads the results files and prints every benchmark's ratio to the baseline. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: JmhRatios <baseline benchmark name> <jmh-results.json>...");
      System.exit(2);
    }
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      System.out.println("== " + args[i]);
      List<Result> results = read(Path.of(args[i]));
      Result baseline = baseline(results, args[0]);
      for (Result result : results) {
        System.out.println(result.line(baseline));
        ratios
            .computeIfAbsent(result.name(), name -> new ArrayList<>())
            .add(result.ratio(baseline));
      }
    }
    if (args.length > 2) {
      summarize(ratios);
    }
  }

  private static Result baseline(List<Result> results, String name) {
    return results.stream()
        .filter(result -> result.name().contains(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no benchmark named " + name));
  }

  private static void summarize(Map<String, List<Double>> ratios) {
    System.out.println("== over " + ratios.values().iterator().next().size() + " runs");
    ratios.forEach(
        (name, values) -> {
          double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
          System.out.printf(
              Locale.ROOT,
              "%-62s median %6.1f%% of baseline, runs from %.1f%% to %.1f%%%n",
              name,
              100 * median(sorted),
              100 * sorted[0],
              100 * sorted[sorted.length - 1]);
        });
  }

  private static List<Result> read(Path file) throws IOException {
    List<Result> results = new ArrayList<>();
    for (JsonNode run : new ObjectMapper().readTree(file.toFile())) {
      JsonNode metric = run.get("primaryMetric");
      results.add(
          new Result(
              shortName(run.get("benchmark").asText()) + params(run.get("params")),
              median(iterations(metric.get("rawData"))),
              metric.get("score").asDouble(),
              metric.get("scoreError").asDouble(),
              metric.get("scoreUnit").asText()));
    }
    return results;
  }

  private static double[] iterations(JsonNode forks) {
    List<Double> values = new ArrayList<>();
    forks.forEach(fork -> fork.forEach(iteration -> values.add(iteration.asDouble())));
    return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String shortName(String benchmark) {
    String[] parts = benchmark.split("\\.");
    return String.join(".", Arrays.copyOfRange(parts, parts.length - 2, parts.length));
  }

  private static String params(JsonNode params) {
    if (params == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, JsonNode> param : params.properties()) {
      text.append(text.length() == 0 ? " [" : ", ").append(param.getKey()).append('=');
      text.append(param.getValue().asText());
    }
    return text.append(']').toString();
  }

  /** One benchmark: the median of its iterations, and JMH's mean with its 99.9% error. */
  private record Result(String name, double median, double mean, double error, String unit) {

    double ratio(Result baseline) {
      return median / baseline.median();
    }

    String line(Result baseline) {
      return String.format(
          Locale.ROOT,
          "%-62s median %10.1f %-6s (mean %.1f ± %.1f)  %6.1f%% of baseline",
          name,
          median,
          unit,
          mean,
          error,
          100 * ratio(baseline));
    }
  }
}
