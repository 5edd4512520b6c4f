package dev.upsim.orchestrator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

class SettingReaderTest {

  private final SettingReader settings =
      new SettingReader(
          ConfigFactory.parseString("upsim.demo { size = 3, name = x, none = 0 }"), "upsim.demo.");

  @Test
  void aValueIsReadUnderThePrefix() {
    assertThat(settings.read("size", "a whole number", Config::getInt)).isEqualTo(3);
    assertThat(settings.atLeastOne("size")).isEqualTo(3);
  }

  @Test
  void aMissingValueNamesTheFullKeyAndWhatIsExpected() {
    assertThatThrownBy(() -> settings.read("colour", "a colour", Config::getString))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("setting upsim.demo.colour is missing: expected a colour");
  }

  @Test
  void aValueOfTheWrongTypeNamesTheFullKeyAndWhatIsValid() {
    assertThatThrownBy(() -> settings.atLeastOne("name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("setting upsim.demo.name is not a whole number: ");
  }

  @Test
  void aValueBelowOneIsInvalidWithTheValueShown() {
    assertThatThrownBy(() -> settings.atLeastOne("none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "setting upsim.demo.none = 0 is invalid: expected a whole number of at least 1");
  }
}
