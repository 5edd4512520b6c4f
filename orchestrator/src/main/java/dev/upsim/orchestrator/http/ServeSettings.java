package dev.upsim.orchestrator.http;

import com.typesafe.config.Config;
import dev.upsim.orchestrator.runtime.SettingReader;
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

  /** Reads and checks every setting from {@code config} (the whole configuration). */
  public static ServeSettings from(Config config) {
    SettingReader settings = new SettingReader(config, "upsim.serve.");
    return new ServeSettings(
        port(settings, "api-port"),
        port(settings, "proxy-port"),
        bytes(settings, "max-body-size"),
        positive(settings, "body-timeout"),
        positive(settings, "request-timeout"),
        positive(settings, "idle-timeout"),
        settings.atLeastOne("max-connections"),
        positive(settings, "token-timeout"),
        positive(settings, "wall-clock-tick"));
  }

  private static int port(SettingReader settings, String key) {
    int port = settings.read(key, "a port number", Config::getInt);
    if (port < 0 || port > 65535) {
      throw settings.invalid(key, port, "a port from 0 (any free port) to 65535");
    }
    return port;
  }

  private static long bytes(SettingReader settings, String key) {
    long size = settings.read(key, "a size such as 64k", Config::getBytes);
    if (size < 1) {
      throw settings.invalid(key, size, "a size of at least one byte, such as 64k");
    }
    return size;
  }

  private static Duration positive(SettingReader settings, String key) {
    Duration value = settings.read(key, "a duration such as 5s", Config::getDuration);
    if (value.isNegative() || value.isZero()) {
      throw settings.invalid(key, value, "a duration longer than zero, such as 5s");
    }
    return value;
  }
}
