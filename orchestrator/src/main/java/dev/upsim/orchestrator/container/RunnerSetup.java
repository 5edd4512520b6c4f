package dev.upsim.orchestrator.container;

import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.orchestrator.api.PlatformApi;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.Program;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * Everything a {@link ProgramRunner} needs: where it runs, whom it asks, and whom it tells.
 *
 * @param source the trace name of what runs the program: a container ({@code admin}) or a cron
 *     inside one ({@code admin/cron/nightly})
 * @param proxyName the trace name of the proxy it asks, for example {@code admin/proxy}
 * @param label the run as failures name it, for example {@code run 1a2b3c4d of task:export}
 * @param runId the task run's activity id, whose log receives the output; null outside task runs
 * @param outcomes where each step's outcome goes when someone waits for it; null otherwise
 * @param key echoed in {@link ProgramRunner.Ended}, so the parent knows which program ended
 */
public record RunnerSetup(
    String environment,
    String source,
    String proxyName,
    String label,
    String runId,
    Program program,
    ActorRef<AuthProxy.Command> proxy,
    ActorRef<PlatformApi.Command> api,
    ActorRef<ActionOutcome> outcomes,
    ActorRef<ProgramRunner.Ended> reportTo,
    String key,
    RunServices services) {}
