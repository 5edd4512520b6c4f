/**
 * What every upsim benchmark and scale run shares: one fixed environment (project, environment,
 * workload, grants and a clock that stands still), a way to spawn actors from outside an actor
 * system, and the measures of heap after a full collection. Nothing here is timed by the build: the
 * bench/ scripts run the benchmarks, and BENCHMARKS.md says how and what they found.
 */
package dev.upsim.bench;
