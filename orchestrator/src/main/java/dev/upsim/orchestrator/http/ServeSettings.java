package dev.upsim.orchestrator.http;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.time.Duration;

/**
 * The settings of {@code upsim serve} under {@code upsim.serve}, read once and checked at start-up,
 * so that a bad value stops the server before it binds anything, naming the key and what is valid.
 *
 * @param apiPort the environment API's port when no other is asked for
 * @param proxyPort every container proxy's port when no other is asked for
 * @param maxBodyBytes the largest request body read; larger ones get 413
 * @param bodyTimeout how long a client may take to send a body; slower ones get 408
 * @param requestTimeout how long a request may take to be answered; slower ones get 503
 * @param idleTimeout how long a silent connection stays open
 * @param maxConnections connections each server keeps open at once
 * @param tokenTimeout how long a token request waits for its container
 * @param wallClockTick how often simulated time catches up with the wall clock
 */
public record ServeSettings(
    int apiPort,
    int proxyPort,
    long maxBodyBytes,
    Duration bodyTimeout,
    Duration requestTimeout,
    Duration idleTimeout,
    int maxConnections,
    Duration tokenTimeout,
    Duration wallClockTick) {

  private static final String PREFIX = "upsim.serve.";

  /** Reads and checks every setting from {@code config} (the whole configuration). */
  public static ServeSettings from(Config config) {
    return new ServeSettings(
        port(config, "api-port"),
        port(config, "proxy-port"),
        bytes(config, "max-body-size"),
        positive(config, "body-timeout"),
        positive(config, "request-timeout"),
        positive(config, "idle-timeout"),
        atLeastOne(config, "max-connections"),
        positive(config, "token-timeout"),
        positive(config, "wall-clock-tick"));
  }

  private static int port(Config config, String key) {
    int port = read(config, key, "a port number", () -> config.getInt(PREFIX + key));
    if (port < 0 || port > 65535) {
      throw invalid(key, port, "a port from 0 (any free port) to 65535");
    }
    return port;
  }

  private static long bytes(Config config, String key) {
    long size = read(config, key, "a size such as 64k", () -> config.getBytes(PREFIX + key));
    if (size < 1) {
      throw invalid(key, size, "a size of at least one byte, such as 64k");
    }
    return size;
  }

  private static Duration positive(Config config, String key) {
    Duration value =
        read(config, key, "a duration such as 5s", () -> config.getDuration(PREFIX + key));
    if (value.isNegative() || value.isZero()) {
      throw invalid(key, value, "a duration longer than zero, such as 5s");
    }
    return value;
  }

  private static int atLeastOne(Config config, String key) {
    int value = read(config, key, "a whole number", () -> config.getInt(PREFIX + key));
    if (value < 1) {
      throw invalid(key, value, "a whole number of at least 1");
    }
    return value;
  }

  private static <T> T read(Config config, String key, String valid, Reading<T> reading) {
    try {
      return reading.read();
    } catch (ConfigException.Missing missing) {
      throw new IllegalArgumentException(
          "setting " + PREFIX + key + " is missing: expected " + valid);
    } catch (ConfigException.WrongType | ConfigException.BadValue wrong) {
      throw new IllegalArgumentException(
          "setting " + PREFIX + key + " is not " + valid + ": " + wrong.getMessage());
    }
  }

  private static IllegalArgumentException invalid(String key, Object value, String valid) {
    return new IllegalArgumentException(
        "setting " + PREFIX + key + " = " + value + " is invalid: expected " + valid);
  }

  /** One read of a typed value that may throw the library's exceptions. */
  @FunctionalInterface
  private interface Reading<T> {
    T read();
  }
}
