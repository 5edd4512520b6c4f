/**
 * Task runs as the platform shows them: each run is an {@link
 * dev.upsim.orchestrator.activity.Activity} of type {@code environment.task} that goes from pending
 * through in progress to complete or cancelled. Plain classes, no actors: the {@link
 * dev.upsim.orchestrator.activity.ActivityLog} of an environment, the per-task {@link
 * dev.upsim.orchestrator.activity.RunQueue} that enforces the concurrency cap, the {@link
 * dev.upsim.orchestrator.activity.RunChain} each run carries from the root of its chain, and the
 * seeded {@link dev.upsim.orchestrator.activity.ActivityIds}.
 */
package dev.upsim.orchestrator.activity;
