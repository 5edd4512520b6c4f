package dev.upsim.orchestrator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RuntimeSettingsTest {

  @Test
  void theDefaultsAreThePlatformsAndTheSimulatorsChoices() {
    RuntimeSettings settings = RuntimeSettings.from(ConfigFactory.load());

    assertThat(settings.maxConcurrentRuns()).isEqualTo(3);
    assertThat(settings.maxChainDepth()).isEqualTo(16);
    assertThat(settings.cronMinimumInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.cronMaximumOffset()).isEqualTo(Duration.ofMinutes(20));
    assertThat(settings.settleHorizon()).isEqualTo(Duration.ofDays(7));
    assertThat(settings.workerRestartDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.apiBaseUrl()).isEqualTo("http://127.0.0.1:8100");
  }

  @Test
  void aCapBelowOneStopsTheRunNamingTheKey() {
    assertThatThrownBy(() -> RuntimeSettings.from(with("upsim.tasks.max-concurrent-runs = 0")))
        .hasMessageContaining("upsim.tasks.max-concurrent-runs = 0")
        .hasMessageContaining("at least 1");
  }

  @Test
  void aValueOfTheWrongTypeStopsTheRunNamingWhatIsValid() {
    assertThatThrownBy(() -> RuntimeSettings.from(with("upsim.chain.max-depth = deep")))
        .hasMessageContaining("upsim.chain.max-depth")
        .hasMessageContaining("a whole number");
    assertThatThrownBy(() -> RuntimeSettings.from(with("upsim.settle.horizon = soon")))
        .hasMessageContaining("a duration such as 30s");
  }

  @Test
  void aNegativeOrZeroDurationIsRefusedWhereItMakesNoSense() {
    assertThatThrownBy(() -> RuntimeSettings.from(with("upsim.workers.restart-delay = -1s")))
        .hasMessageContaining("zero or more");
    assertThatThrownBy(() -> RuntimeSettings.from(with("upsim.settle.horizon = 0s")))
        .hasMessageContaining("longer than zero");
  }

  @Test
  void theApiAddressMustBeAnHttpUrl() {
    assertThatThrownBy(() -> RuntimeSettings.from(with("upsim.api.base-url = \"ftp://x\"")))
        .hasMessageContaining("an http or https URL");
    assertThat(RuntimeSettings.from(with("upsim.api.base-url = \"https://h:1/\"")).apiBaseUrl())
        .isEqualTo("https://h:1");
  }

  private static Config with(String override) {
    return ConfigFactory.parseString(override).withFallback(ConfigFactory.load());
  }
}
