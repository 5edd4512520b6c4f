/**
 * What every actor of a simulation shares: the {@link
 * dev.upsim.orchestrator.runtime.RuntimeSettings} read once at start-up (through the {@link
 * dev.upsim.orchestrator.runtime.SettingReader} that the server's settings use too), and the
 * single-threaded dispatcher whose executor counts its tasks ({@link
 * dev.upsim.orchestrator.runtime.TaskCounter}) so that the runner can tell when no mailbox has work
 * left. One thread for all simulation actors is what makes the order of messages, and so the trace,
 * the same from run to run.
 */
package dev.upsim.orchestrator.runtime;
