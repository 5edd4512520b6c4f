package dev.upsim.orchestrator.scenario;

import java.time.Instant;

/**
 * An expectation inside a program that did not hold, as the runtime recorded it in the trace.
 *
 * @param sequence the trace event's sequence number
 * @param at the virtual instant it happened
 * @param environment the environment of the run
 * @param run the container or run the program ran in, for example {@code export--task--1a2b3c4d}
 * @param description the program, the action and each mismatch, as the runtime wrote them
 * @param duringStep the index of the scenario step being played when it happened
 */
public record ProgramFailure(
    long sequence,
    Instant at,
    String environment,
    String run,
    String description,
    int duringStep) {}
