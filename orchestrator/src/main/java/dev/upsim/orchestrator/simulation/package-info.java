/**
 * The way in: {@link dev.upsim.orchestrator.simulation.Simulation} starts a project from a {@link
 * dev.upsim.orchestrator.simulation.SimulationSpec} on its own actor system and drives it step by
 * step on the virtual clock: perform an action as a workload, settle, advance, deploy, read
 * activities and the trace. Scenario runs, the HTTP server and tests all use it.
 */
package dev.upsim.orchestrator.simulation;
