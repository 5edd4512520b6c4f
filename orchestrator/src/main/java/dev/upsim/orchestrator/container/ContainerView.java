package dev.upsim.orchestrator.container;

import dev.upsim.auth.WorkloadId;
import java.util.Map;
import java.util.Objects;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * A running container as a client outside the simulation sees it: who runs in it, what it sees, and
 * where to send the token requests its {@code localhost:8200} would get.
 *
 * @param name the container's name: {@code admin}, {@code admin--mailer}, {@code
 *     export--task--1a2b3c4d}
 * @param runId the task run's activity id; null for applications and workers
 * @param variables the environment variables a program in the container sees
 * @param container the container's actor, which answers {@link Container.RequestToken}
 */
public record ContainerView(
    String environment,
    String name,
    WorkloadId workload,
    String runId,
    Map<String, String> variables,
    ActorRef<Container.Command> container) {

  public ContainerView {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(container, "container");
    variables = ContainerVariables.frozen(variables);
  }

  /** The view of the container spawned with {@code setup} as {@code container}. */
  public static ContainerView of(ContainerSetup setup, ActorRef<Container.Command> container) {
    return new ContainerView(
        setup.environment(),
        setup.name(),
        setup.workload(),
        setup.runId(),
        setup.variables(),
        container);
  }
}
