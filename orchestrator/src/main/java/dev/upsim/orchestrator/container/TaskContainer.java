package dev.upsim.orchestrator.container;

import dev.upsim.auth.actor.ActorKind;
import dev.upsim.auth.actor.HandlerTable;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.api.PlatformApi;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.workloads.program.Program;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The container of one task run, named {@code <task>--task--<first 8 characters of the id>}. It
 * runs the task's program once, tells the API the exit code, and stops; its proxy, and with it the
 * way to new tokens, stops too. A run cancelled or timed out is stopped by its supervisor.
 */
public final class TaskContainer extends ContainerBase {

  private record Start(ContainerSetup setup, Activity run) {}

  private static final ActorKind<Start, Container.Command> KIND =
      new ActorKind<>(TaskContainer::new, RunServices.onSimulationThread());

  /** The container of {@code run}, which starts the task's program at once. */
  public static Behavior<Container.Command> create(ContainerSetup setup, Activity run) {
    return KIND.behavior(new Start(setup, run));
  }

  /** Spawns the container of {@code run} as {@code name}, a child of {@code parent}. */
  public static ActorRef<Container.Command> spawn(
      ActorContext<?> parent, String name, ContainerSetup setup, Activity run) {
    return KIND.spawn(parent, name, new Start(setup, run));
  }

  private final Activity run;
  private final String mainProgram;

  private TaskContainer(ActorContext<Container.Command> context, Start start) {
    super(context, start.setup());
    ContainerSetup setup = start.setup();
    Activity run = start.run();
    this.run = run;
    Program program = services().programOf(setup.workload());
    String label = "run " + run.id() + " of " + setup.workload();
    this.mainProgram = startProgram(setup.name(), label, program, null, "run").path().name();
  }

  private static final HandlerTable<Container.Command, TaskContainer> HANDLERS =
      ContainerBase.<TaskContainer>sharedMessages()
          .onMessage(ProgramFinished.class, TaskContainer::onProgramFinished)
          .build();

  @Override
  public Receive<Container.Command> createReceive() {
    return HANDLERS.bind(this);
  }

  private Behavior<Container.Command> onProgramFinished(ProgramFinished finished) {
    if (!finished.ended().key().equals(mainProgram)) {
      return this;
    }
    int exitCode = finished.ended().exitCode();
    setup.api().tell(new PlatformApi.RunExited(run.id(), exitCode));
    return stopContainer("the task exited with code " + exitCode);
  }
}
