package dev.upsim.orchestrator.runtime;

import com.typesafe.config.Config;
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
    SettingReader settings = new SettingReader(config, "upsim.");
    return new RuntimeSettings(
        settings.atLeastOne("tasks.max-concurrent-runs"),
        settings.atLeastOne("chain.max-depth"),
        notNegative(settings, "cron.minimum-interval"),
        notNegative(settings, "cron.maximum-offset"),
        positive(settings, "settle.horizon"),
        notNegative(settings, "workers.restart-delay"),
        httpUrl(settings, "api.base-url"));
  }

  private static Duration notNegative(SettingReader settings, String key) {
    Duration value = settings.read(key, "a duration such as 30s or 5m", Config::getDuration);
    if (value.isNegative()) {
      throw settings.invalid(key, value, "a duration of zero or more");
    }
    return value;
  }

  private static Duration positive(SettingReader settings, String key) {
    Duration value = notNegative(settings, key);
    if (value.isZero()) {
      throw settings.invalid(key, value, "a duration longer than zero");
    }
    return value;
  }

  private static String httpUrl(SettingReader settings, String key) {
    String value = settings.read(key, "an http URL", Config::getString);
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
      }
    } catch (URISyntaxException notAUri) {
      // falls through to the same message as any other bad address
    }
    throw settings.invalid(key, value, "an http or https URL such as http://127.0.0.1:8100");
  }
}
