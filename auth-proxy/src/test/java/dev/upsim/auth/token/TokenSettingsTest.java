package dev.upsim.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

class TokenSettingsTest {

  @Test
  void referenceConfigSignsWithHs256AndEndsTokensWithTheirRun() {
    TokenSettings settings = TokenSettings.from(ConfigFactory.defaultReference());

    assertThat(settings).isEqualTo(new TokenSettings(Signing.HS256, true));
  }

  @Test
  void ed25519IsReadInAnyCase() {
    assertThat(read("signing = Ed25519, end-with-run = false"))
        .isEqualTo(new TokenSettings(Signing.ED25519, false));
  }

  @Test
  void unknownSigningIsRefusedNamingTheValidOnes() {
    assertThatThrownBy(() -> read("signing = rs256"))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("upsim.tokens.signing")
        .hasMessageContaining("unknown signing 'rs256'; valid values are hs256, ed25519");
  }

  @Test
  void endWithRunThatIsNoBooleanIsRefused() {
    assertThatThrownBy(() -> read("end-with-run = sometimes"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("end-with-run");
  }

  private static TokenSettings read(String tokenKeys) {
    return TokenSettings.from(
        ConfigFactory.parseString("upsim.tokens { " + tokenKeys + " }")
            .withFallback(ConfigFactory.defaultReference()));
  }
}
