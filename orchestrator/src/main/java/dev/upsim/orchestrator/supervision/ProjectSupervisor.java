package dev.upsim.orchestrator.supervision;

import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.resolve.AuthorizationResolver;
import dev.upsim.workloads.resolve.Resolution;
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
 * a token of one is refused by the others. Stopping it stops the whole run, not the actor system it
 * lives in, so that several runs may share one system (an ActorTestKit's).
 */
public final class ProjectSupervisor extends AbstractBehavior<ProjectSupervisor.Command> {

  /** What the project is asked. */
  public sealed interface Command permits ForEnvironment, Stop {}

  /** Hands {@code command} to the supervisor of {@code environment}. */
  public record ForEnvironment(String environment, EnvironmentSupervisor.Command command)
      implements Command {}

  /** Stops the project, and with it every environment, container and proxy of the run. */
  public enum Stop implements Command {
    INSTANCE
  }

  /** A project of {@code environments} (name to type, in order), each deploying {@code config}. */
  public static Behavior<Command> create(
      Map<String, String> environments, ProjectConfig config, RunServices services) {
    return create(environments, config, services, () -> {});
  }

  /**
   * The same project, which runs {@code started} on the simulation thread once it has spawned its
   * environments, so that the runner knows when the rest of the start is the simulation's own work.
   */
  public static Behavior<Command> create(
      Map<String, String> environments,
      ProjectConfig config,
      RunServices services,
      Runnable started) {
    return Behaviors.setup(
        context -> {
          ProjectSupervisor project =
              new ProjectSupervisor(context, environments, config, services);
          started.run();
          return project;
        });
  }

  private final Map<String, ActorRef<EnvironmentSupervisor.Command>> environments =
      new LinkedHashMap<>();

  private ProjectSupervisor(
      ActorContext<Command> context,
      Map<String, String> types,
      ProjectConfig config,
      RunServices services) {
    super(context);
    // Every environment deploys the same configuration first: resolve it once, not once each.
    Resolution resolution = AuthorizationResolver.resolve(config);
    types.forEach(
        (name, type) ->
            environments.put(
                name,
                context.spawn(
                    EnvironmentSupervisor.create(name, type, config, resolution, services),
                    "env-" + name,
                    RunServices.onSimulationThread())));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(ForEnvironment.class, this::onForEnvironment)
        .onMessageEquals(Stop.INSTANCE, this::onStop)
        .build();
  }

  private Behavior<Command> onForEnvironment(ForEnvironment forward) {
    ActorRef<EnvironmentSupervisor.Command> environment = environments.get(forward.environment());
    if (environment != null) {
      environment.tell(forward.command());
    }
    return this;
  }

  private Behavior<Command> onStop() {
    return Behaviors.stopped();
  }
}
