package dev.upsim.orchestrator.container;

import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.orchestrator.api.PlatformApi;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.workloads.resolve.ResolvedWorkload;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * What a container is spawned with.
 *
 * @param name the container's name, which the trace uses: {@code admin}, {@code admin--mailer},
 *     {@code export--task--1a2b3c4d}
 * @param proxyName the proxy's name in the trace: {@code <name>/proxy}
 * @param resolved the workload's grants, resolved when the container is spawned
 * @param runId the task run's activity id; null for applications and workers
 * @param variables the environment variables the container sees
 * @param codec the environment's token codec, which the container's proxy signs with
 */
public record ContainerSetup(
    String environment,
    String name,
    String proxyName,
    WorkloadId workload,
    ResolvedWorkload resolved,
    String runId,
    Map<String, String> variables,
    TokenCodec codec,
    ActorRef<PlatformApi.Command> api,
    RunServices services) {

  public ContainerSetup {
    variables = ContainerVariables.frozen(variables);
  }

  /** The name of the proxy of the container named {@code container}. */
  public static String proxyNameOf(String container) {
    return container + "/proxy";
  }
}
