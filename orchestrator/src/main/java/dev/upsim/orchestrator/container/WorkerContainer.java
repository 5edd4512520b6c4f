package dev.upsim.orchestrator.container;

import dev.upsim.auth.actor.ActorKind;
import dev.upsim.auth.actor.HandlerTable;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.schedule.Durations;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The container of a worker, named {@code <app>--<worker>}. It runs the worker's program and,
 * whenever the program ends, starts it again after {@code upsim.workers.restart-delay}, as the
 * platform restarts a worker that exits. A worker without a program idles.
 */
public final class WorkerContainer extends ContainerBase {

  private enum Restart implements Container.Internal {
    INSTANCE
  }

  private static final ActorKind<ContainerSetup, Container.Command> KIND =
      new ActorKind<>(
          (context, setup) -> new WorkerContainer(context, setup).startWorker(),
          RunServices.onSimulationThread());

  /**
   * Spawns a worker's container as {@code name}, a child of {@code parent}; it starts the worker's
   * program at once when it has one.
   */
  public static ActorRef<Container.Command> spawn(
      ActorContext<?> parent, String name, ContainerSetup setup) {
    return KIND.spawn(parent, name, setup);
  }

  private String mainProgram;
  private long restartId = -1;

  private WorkerContainer(ActorContext<Container.Command> context, ContainerSetup setup) {
    super(context, setup);
  }

  private static final HandlerTable<Container.Command, WorkerContainer> HANDLERS =
      ContainerBase.<WorkerContainer>sharedMessages()
          .onMessage(ProgramFinished.class, WorkerContainer::onProgramFinished)
          .onMessageEquals(Restart.INSTANCE, WorkerContainer::onRestart)
          .build();

  @Override
  public Receive<Container.Command> createReceive() {
    return HANDLERS.bind(this);
  }

  private Behavior<Container.Command> onProgramFinished(ProgramFinished finished) {
    if (!finished.ended().key().equals(mainProgram)) {
      return this;
    }
    Duration delay = services().settings().workerRestartDelay();
    String content =
        "exited with code "
            + finished.ended().exitCode()
            + "; restarts in "
            + Durations.format(delay);
    trace().record(env(), setup.name(), null, TraceKind.PROGRAM_ENDED, content);

    var at = services().clock().now().plus(delay);
    restartId = services().wakeUps().schedule(at, getContext().getSelf(), Restart.INSTANCE);
    return this;
  }

  private Behavior<Container.Command> onRestart() {
    restartId = -1;
    return startWorker();
  }

  @Override
  protected void beforeStop(String why) {
    if (restartId >= 0) {
      services().wakeUps().cancel(restartId);
    }
  }

  private Behavior<Container.Command> startWorker() {
    if (services().hasProgram(setup.workload())) {
      String label = setup.workload().toString();
      var program = services().programOf(setup.workload());
      mainProgram = startProgram(setup.name(), label, program, null, "worker").path().name();
    }
    return this;
  }
}
