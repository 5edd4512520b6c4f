package dev.upsim.workloads.config;

import dev.upsim.auth.SourceLocation;
import java.time.Duration;

/**
 * A cron job of an application. It runs inside the application's web container and always holds
 * exactly the application's authorizations.
 *
 * @param spec the five-field schedule as written, {@code H} included
 * @param stopCommand {@code commands.stop}, or null when not declared
 */
public record Cron(
    String name,
    SourceLocation at,
    String spec,
    String startCommand,
    String stopCommand,
    Duration shutdownTimeout,
    Duration timeout) {}
