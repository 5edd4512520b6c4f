package dev.upsim.orchestrator.supervision;

import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.workloads.config.ProjectConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The root of a simulation: one per run. It spawns an environment supervisor per environment, in
 * the order given, and passes each command to the environment it names. Environments share nothing:
 * a token of one is refused by the others.
 */
public final class ProjectSupervisor extends AbstractBehavior<ProjectSupervisor.Command> {

  /** What the project is asked. */
  public sealed interface Command permits ForEnvironment {}

  /** Hands {@code command} to the supervisor of {@code environment}. */
  public record ForEnvironment(String environment, EnvironmentSupervisor.Command command)
      implements Command {}

  /** A project of {@code environments} (name to type, in order), each deploying {@code config}. */
  public static Behavior<Command> create(
      Map<String, String> environments, ProjectConfig config, RunServices services) {
    return Behaviors.setup(
        context -> new ProjectSupervisor(context, environments, config, services));
  }

  private final Map<String, ActorRef<EnvironmentSupervisor.Command>> environments =
      new LinkedHashMap<>();

  private ProjectSupervisor(
      ActorContext<Command> context,
      Map<String, String> types,
      ProjectConfig config,
      RunServices services) {
    super(context);
    types.forEach(
        (name, type) ->
            environments.put(
                name,
                context.spawn(
                    EnvironmentSupervisor.create(name, type, config, services),
                    "env-" + name,
                    RunServices.onSimulationThread())));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder().onMessage(ForEnvironment.class, this::onForEnvironment).build();
  }

  private Behavior<Command> onForEnvironment(ForEnvironment forward) {
    ActorRef<EnvironmentSupervisor.Command> environment = environments.get(forward.environment());
    if (environment != null) {
      environment.tell(forward.command());
    }
    return this;
  }
}
