package dev.upsim.auth.token;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The token settings under {@code upsim.tokens}, read once at start-up.
 *
 * @param signing how every environment signs its tokens
 * @param endWithRun whether a token issued inside a task run stops working when the run ends
 */
public record TokenSettings(Signing signing, boolean endWithRun) {

  public TokenSettings {
    Objects.requireNonNull(signing, "signing");
  }

  /** Reads {@code upsim.tokens}; fails with the key, the value and what would be valid. */
  public static TokenSettings from(Config config) {
    return new TokenSettings(
        signing(config, "upsim.tokens.signing"), config.getBoolean("upsim.tokens.end-with-run"));
  }

  private static Signing signing(Config config, String path) {
    String word = config.getString(path);
    return Signing.fromWord(word)
        .orElseThrow(
            () ->
                new ConfigException.BadValue(
                    config.getValue(path).origin(),
                    path,
                    "unknown signing '" + word + "'; valid values are " + validWords()));
  }

  private static String validWords() {
    return Arrays.stream(Signing.values()).map(Signing::word).collect(Collectors.joining(", "));
  }
}
