package dev.upsim.orchestrator.runtime;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * The simulation's settings under {@code upsim}, read once and checked at start-up, so that a bad
 * value stops the run before anything happens, with the key and what would be valid.
 *
 * @param maxConcurrentRuns runs of one task in progress at once ({@code tasks.max-concurrent-runs})
 * @param maxChainDepth the longest chain of tasks triggering tasks ({@code chain.max-depth})
 * @param cronMinimumInterval least time between two starts of a cron
 * @param cronMaximumOffset largest random delay added to a cron trigger
 * @param settleHorizon how far settle() may move the clock
 * @param workerRestartDelay how long after its program ends a worker starts again
 * @param apiBaseUrl the simulated API's address, given to containers as {@code UPSIM_API_URL}
 */
public record RuntimeSettings(
    int maxConcurrentRuns,
    int maxChainDepth,
    Duration cronMinimumInterval,
    Duration cronMaximumOffset,
    Duration settleHorizon,
    Duration workerRestartDelay,
    String apiBaseUrl) {

  /** Reads and checks every setting from {@code config} (the whole configuration, not a part). */
  public static RuntimeSettings from(Config config) {
    return new RuntimeSettings(
        atLeastOne(config, "upsim.tasks.max-concurrent-runs"),
        atLeastOne(config, "upsim.chain.max-depth"),
        notNegative(config, "upsim.cron.minimum-interval"),
        notNegative(config, "upsim.cron.maximum-offset"),
        positive(config, "upsim.settle.horizon"),
        notNegative(config, "upsim.workers.restart-delay"),
        httpUrl(config, "upsim.api.base-url"));
  }

  private static int atLeastOne(Config config, String key) {
    int value = read(config, key, "a whole number", () -> config.getInt(key));
    if (value < 1) {
      throw invalid(key, value, "a whole number of at least 1");
    }
    return value;
  }

  private static Duration notNegative(Config config, String key) {
    Duration value =
        read(config, key, "a duration such as 30s or 5m", () -> config.getDuration(key));
    if (value.isNegative()) {
      throw invalid(key, value, "a duration of zero or more");
    }
    return value;
  }

  private static Duration positive(Config config, String key) {
    Duration value = notNegative(config, key);
    if (value.isZero()) {
      throw invalid(key, value, "a duration longer than zero");
    }
    return value;
  }

  private static String httpUrl(Config config, String key) {
    String value = read(config, key, "an http URL", () -> config.getString(key));
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
      }
    } catch (URISyntaxException notAUri) {
      // falls through to the same message as any other bad address
    }
    throw invalid(key, value, "an http or https URL such as http://127.0.0.1:8100");
  }

  private static <T> T read(Config config, String key, String valid, Reading<T> reading) {
    try {
      return reading.read();
    } catch (ConfigException.Missing missing) {
      throw new IllegalArgumentException("setting " + key + " is missing: expected " + valid);
    } catch (ConfigException.WrongType | ConfigException.BadValue wrong) {
      throw new IllegalArgumentException(
          "setting " + key + " is not " + valid + ": " + wrong.getMessage());
    }
  }

  private static IllegalArgumentException invalid(String key, Object value, String valid) {
    return new IllegalArgumentException(
        "setting " + key + " = " + value + " is invalid: expected " + valid);
  }

  /** One read of a typed value that may throw the library's exceptions. */
  @FunctionalInterface
  private interface Reading<T> {
    T read();
  }
}
