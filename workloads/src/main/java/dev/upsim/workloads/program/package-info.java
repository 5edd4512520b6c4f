/**
 * What a workload does while it runs, as plain data: a {@link dev.upsim.workloads.program.Program}
 * is a list of {@link dev.upsim.workloads.program.Action}s (ask the proxy for a token, call the
 * API, trigger or cancel a task, sleep, log, exit), each with an optional {@link
 * dev.upsim.workloads.program.Expectation} that is checked against the {@link
 * dev.upsim.workloads.program.ActionOutcome}. Scenario files are parsed into exactly these records;
 * the orchestrator's containers execute them on the virtual clock. Nothing here runs anything.
 */
package dev.upsim.workloads.program;
