/**
 * Simulated time: the {@link dev.upsim.orchestrator.time.VirtualClock} that every simulation actor
 * reads, and the {@link dev.upsim.orchestrator.time.WakeUps} queue that stands in for timers.
 * Actors never use Pekko's scheduler for simulated time; they put a message in the queue for a
 * later instant, and the runner delivers it when it moves the clock there, in the order of time and
 * then of scheduling.
 */
package dev.upsim.orchestrator.time;
