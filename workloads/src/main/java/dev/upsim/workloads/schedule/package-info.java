/**
 * When crons fire, as plain values with no actors: {@link
 * dev.upsim.workloads.schedule.CronSchedule} parses the platform's five-field cron specs (with
 * {@code H}, a stable per-job hash) and finds the next firing in UTC, {@link
 * dev.upsim.workloads.schedule.CronPlan} applies the platform's rules on top (at least five minutes
 * between runs, and a random offset per trigger drawn from the scenario's seeded generator), and
 * {@link dev.upsim.workloads.schedule.Durations} reads and writes durations such as {@code 15m} or
 * {@code 1h30m} for scenario files and settings. Bad input raises an exception that says where the
 * problem is and what would be valid, for the configuration loader to report.
 */
package dev.upsim.workloads.schedule;
