/**
 * Who spawns: the {@link dev.upsim.orchestrator.supervision.ProjectSupervisor}, one per run, and an
 * {@link dev.upsim.orchestrator.supervision.EnvironmentSupervisor} per environment, which resolves
 * every workload's grants at deploy, spawns the environment's API and its containers, spawns and
 * stops task run containers as the API orders, and respawns everything when a deploy brings a
 * changed configuration.
 */
package dev.upsim.orchestrator.supervision;
