/**
 * The containers of an environment as actors: an {@link
 * dev.upsim.orchestrator.container.ApplicationContainer} per application web instance (where its
 * crons run), a {@link dev.upsim.orchestrator.container.WorkerContainer} per worker and a {@link
 * dev.upsim.orchestrator.container.TaskContainer} per task run. Each spawns its own auth proxy
 * holding exactly its resolved grants, and runs programs in {@link
 * dev.upsim.orchestrator.container.ProgramRunner} children. They live in the orchestrator rather
 * than in workloads because they speak the API's protocol and record into the run's trace and
 * wake-up queue, which belong here.
 */
package dev.upsim.orchestrator.container;
