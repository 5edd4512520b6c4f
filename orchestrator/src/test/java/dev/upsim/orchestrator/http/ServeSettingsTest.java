package dev.upsim.orchestrator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** upsim serve's settings: the defaults of reference.conf, and bad values named at start-up. */
class ServeSettingsTest {

  @Test
  void theDefaultsAreThoseTheReadmeNames() {
    ServeSettings settings = ServeSettings.from(ConfigFactory.load());

    assertThat(settings.apiPort()).isEqualTo(8100);
    assertThat(settings.proxyPort()).isEqualTo(8200);
    assertThat(settings.maxBodyBytes()).isEqualTo(64 * 1024);
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.wallClockTick()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void aPortOutOfRangeIsNamedWithWhatIsValid() {
    assertThatThrownBy(() -> read("serve.api-port = 70000"))
        .hasMessage(
            "setting upsim.serve.api-port = 70000 is invalid: expected a port from 0 (any free"
                + " port) to 65535");
  }

  @Test
  void aZeroTimeoutIsRefused() {
    assertThatThrownBy(() -> read("serve.request-timeout = 0s"))
        .hasMessageContaining("upsim.serve.request-timeout")
        .hasMessageContaining("longer than zero");
  }

  @Test
  void aValueOfTheWrongTypeIsNamed() {
    assertThatThrownBy(() -> read("serve.max-body-size = lots"))
        .hasMessageStartingWith("setting upsim.serve.max-body-size is not a size such as 64k");
  }

  private static ServeSettings read(String hocon) {
    return ServeSettings.from(
        ConfigFactory.parseString(hocon).atPath("upsim").withFallback(ConfigFactory.load()));
  }
}
