package dev.upsim.auth.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProxySettingsTest {

  @Test
  void referenceConfigGivesThePlatformsNumbersAndNoRateLimit() {
    ProxySettings settings = ProxySettings.from(ConfigFactory.defaultReference());

    assertThat(settings.defaultTtl()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.maxTtl()).isEqualTo(Duration.ofSeconds(900));
    assertThat(settings.rateLimitTokens()).isZero();
    assertThat(settings.rateLimitPer()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.rateLimited()).isFalse();
  }

  @Test
  void grantedTtlIsTheDefaultTheAskedOrTheMaximum() {
    ProxySettings settings = ProxySettings.from(ConfigFactory.defaultReference());

    assertThat(settings.grantedTtlSeconds(null)).isEqualTo(60);
    assertThat(settings.grantedTtlSeconds(300L)).isEqualTo(300);
    assertThat(settings.grantedTtlSeconds(901L)).isEqualTo(900);
  }

  @Test
  void overriddenValuesAreRead() {
    ProxySettings settings = read("max-ttl = 2h, rate-limit { tokens = 5, per = 500ms }");

    assertThat(settings.maxTtl()).isEqualTo(Duration.ofHours(2));
    assertThat(settings.rateLimitTokens()).isEqualTo(5);
    assertThat(settings.rateLimitPer()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.rateLimited()).isTrue();
  }

  @Test
  void maximumShorterThanDefaultIsRefused() {
    assertThatThrownBy(() -> read("max-ttl = 30s"))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("upsim.proxy.max-ttl")
        .hasMessageContaining("is 30s, shorter than upsim.proxy.default-ttl (60s)");
  }

  @Test
  void ttlThatIsNotWholeSecondsIsRefused() {
    assertThatThrownBy(() -> read("default-ttl = 1500ms"))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("upsim.proxy.default-ttl")
        .hasMessageContaining("is 1500ms; it must be a positive whole number of seconds");
  }

  @Test
  void zeroTtlIsRefused() {
    assertThatThrownBy(() -> read("default-ttl = 0s"))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("upsim.proxy.default-ttl");
  }

  @Test
  void negativeRateLimitIsRefused() {
    assertThatThrownBy(() -> read("rate-limit.tokens = -1"))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("upsim.proxy.rate-limit.tokens")
        .hasMessageContaining("it must be 0 (no limit) or more");
  }

  @Test
  void emptyRateLimitWindowIsRefused() {
    assertThatThrownBy(() -> read("rate-limit.per = 0s"))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("upsim.proxy.rate-limit.per");
  }

  @Test
  void textThatIsNoDurationIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> read("max-ttl = forever"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("max-ttl")
        .hasMessageContaining("String: 1: Invalid value at 'upsim.proxy.max-ttl'");
  }

  private static ProxySettings read(String proxyKeys) {
    return ProxySettings.from(
        ConfigFactory.parseString("upsim.proxy { " + proxyKeys + " }")
            .withFallback(ConfigFactory.defaultReference()));
  }
}
