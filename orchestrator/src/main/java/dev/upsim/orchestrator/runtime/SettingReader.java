package dev.upsim.orchestrator.runtime;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.util.function.BiFunction;

/**
 * Reads the settings under one prefix of a configuration for the settings classes, so that every
 * missing, mistyped or invalid value fails with the same kind of message: the full key, the value
 * when there is one, and what would be valid.
 */
public final class SettingReader {

  private final Config config;
  private final String prefix;

  /**
   * A reader of the keys under {@code prefix} (such as {@code "upsim.serve."}) in {@code config}.
   */
  public SettingReader(Config config, String prefix) {
    this.config = config;
    this.prefix = prefix;
  }

  /**
   * The value at {@code key} got with {@code getter}; a missing or mistyped one fails, saying that
   * {@code valid} (such as "a whole number") was expected.
   */
  public <T> T read(String key, String valid, BiFunction<Config, String, T> getter) {
    String path = prefix + key;
    try {
      return getter.apply(config, path);
    } catch (ConfigException.Missing missing) {
      throw new IllegalArgumentException("setting " + path + " is missing: expected " + valid);
    } catch (ConfigException.WrongType | ConfigException.BadValue wrong) {
      throw new IllegalArgumentException(
          "setting " + path + " is not " + valid + ": " + wrong.getMessage());
    }
  }

  /** The whole number at {@code key}, which must be at least 1. */
  public int atLeastOne(String key) {
    int value = read(key, "a whole number", Config::getInt);
    if (value < 1) {
      throw invalid(key, value, "a whole number of at least 1");
    }
    return value;
  }

  /** The failure for {@code value}, read at {@code key}, which is not {@code valid}. */
  public IllegalArgumentException invalid(String key, Object value, String valid) {
    return new IllegalArgumentException(
        "setting " + prefix + key + " = " + value + " is invalid: expected " + valid);
  }
}
