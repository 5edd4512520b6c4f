package dev.upsim.auth.proxy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.time.Duration;
import java.util.Objects;

/**
 * The auth proxy's settings under {@code upsim.proxy}, read once at start-up.
 *
 * <p>Token lifetimes are whole seconds because JWT times are; the rate limit counts tokens issued
 * within a sliding window of the virtual clock. Bad values fail here, naming the key and what would
 * be valid, never later inside an actor.
 *
 * @param defaultTtl the lifetime of a token when the request names none
 * @param maxTtl the longest lifetime granted; a longer request is cut to it
 * @param rateLimitTokens tokens issued per window before refusing; 0 means no limit
 * @param rateLimitPer the length of the window
 */
public record ProxySettings(
    Duration defaultTtl, Duration maxTtl, int rateLimitTokens, Duration rateLimitPer) {

  private static final String DEFAULT_TTL = "upsim.proxy.default-ttl";
  private static final String MAX_TTL = "upsim.proxy.max-ttl";
  private static final String RATE_TOKENS = "upsim.proxy.rate-limit.tokens";
  private static final String RATE_PER = "upsim.proxy.rate-limit.per";

  public ProxySettings {
    requireWholePositiveSeconds(DEFAULT_TTL, defaultTtl);
    requireWholePositiveSeconds(MAX_TTL, maxTtl);
    requireMaximumNotBelowDefault(maxTtl, defaultTtl);
    requireRateLimit(rateLimitTokens, rateLimitPer);
  }

  /** Reads {@code upsim.proxy} from {@code config}, which holds the module's reference.conf. */
  public static ProxySettings from(Config config) {
    return new ProxySettings(
        config.getDuration(DEFAULT_TTL),
        config.getDuration(MAX_TTL),
        config.getInt(RATE_TOKENS),
        config.getDuration(RATE_PER));
  }

  /** The lifetime granted for a request of {@code askedSeconds} (null: none asked), in seconds. */
  public long grantedTtlSeconds(Long askedSeconds) {
    long asked = askedSeconds == null ? defaultTtl.toSeconds() : askedSeconds;
    return Math.min(asked, maxTtl.toSeconds());
  }

  /** Whether the proxy limits how many tokens it issues per window. */
  public boolean rateLimited() {
    return rateLimitTokens > 0;
  }

  private static void requireWholePositiveSeconds(String path, Duration value) {
    Objects.requireNonNull(value, path);
    if (value.isNegative() || value.isZero() || value.getNano() != 0) {
      throw new ConfigException.BadValue(
          path,
          "is " + render(value) + "; it must be a positive whole number of seconds, such as 60s");
    }
  }

  private static void requireMaximumNotBelowDefault(Duration maxTtl, Duration defaultTtl) {
    if (maxTtl.compareTo(defaultTtl) < 0) {
      String shorter = ", shorter than " + DEFAULT_TTL + " (" + render(defaultTtl) + ")";
      throw new ConfigException.BadValue(MAX_TTL, "is " + render(maxTtl) + shorter);
    }
  }

  private static void requireRateLimit(int tokens, Duration per) {
    if (tokens < 0) {
      throw new ConfigException.BadValue(
          RATE_TOKENS, "is " + tokens + "; it must be 0 (no limit) or more");
    }
    Objects.requireNonNull(per, RATE_PER);
    if (per.isNegative() || per.isZero()) {
      throw new ConfigException.BadValue(
          RATE_PER, "is " + render(per) + "; it must be positive, such as 1s");
    }
  }

  /** A duration as settings spell it: {@code 60s}, or {@code 1500ms} below a whole second. */
  static String render(Duration value) {
    return value.getNano() == 0 ? value.toSeconds() + "s" : value.toMillis() + "ms";
  }
}
