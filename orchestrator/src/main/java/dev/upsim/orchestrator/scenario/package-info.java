/**
 * Scenario files: what they may say, and playing them. {@link
 * dev.upsim.orchestrator.scenario.ScenarioParser} reads a file into a {@link
 * dev.upsim.orchestrator.scenario.Scenario} (the configuration to load, the environments, the
 * programs workloads run and the {@link dev.upsim.orchestrator.scenario.Step}s to play) or into
 * every problem at once, each with its file, line, column and key path. The format is a contract
 * with users, written down as a JSON Schema in {@code scenarios/schema} and for people in {@code
 * docs/scenarios.md}; the parser accepts what the schema accepts. Actions and expectations are the
 * runtime's own program records from {@code dev.upsim.workloads.program}.
 */
package dev.upsim.orchestrator.scenario;
