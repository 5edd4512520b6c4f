package dev.upsim.orchestrator.container;

import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.actor.ActorKind;
import dev.upsim.auth.actor.HandlerTable;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.Application;
import dev.upsim.workloads.config.Cron;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The web instance of an application, named after it, and the place its crons run.
 *
 * <p>Design notes. A cron has no container of its own: it runs here and asks this container's
 * proxy, so it holds exactly the application's grants. Each cron's next start comes from its {@link
 * CronTimer} as a wake-up on the virtual clock. One cron runs at a time: a cron that comes due
 * while another runs waits, in the order they came due, and its next trigger is planned only once
 * it starts, so that the minimum interval counts from its real start. A cron still running past its
 * timeout is stopped (the timeout is a deadline: a cron that ends exactly then ends normally); a
 * deploy stops the container and with it the cron that runs.
 */
public final class ApplicationContainer extends ContainerBase {

  private record CronDue(String cron) implements Container.Internal {}

  private record CronTimedOut(String runKey) implements Container.Internal {}

  private record Start(ContainerSetup setup, Application application) {}

  private static final ActorKind<Start, Container.Command> KIND =
      new ActorKind<>(ApplicationContainer::new, RunServices.onSimulationThread());

  /**
   * Spawns the web container of {@code application} as {@code name}, a child of {@code parent}; it
   * plans its crons at once.
   */
  public static ActorRef<Container.Command> spawn(
      ActorContext<?> parent, String name, ContainerSetup setup, Application application) {
    return KIND.spawn(parent, name, new Start(setup, application));
  }

  private final Application application;
  private final Map<String, CronTimer> timers = new LinkedHashMap<>();
  private final Map<String, Long> dueIds = new LinkedHashMap<>();
  private final Deque<String> waiting = new ArrayDeque<>();
  private RunningCron running;

  private ApplicationContainer(ActorContext<Container.Command> context, Start start) {
    super(context, start.setup());
    Application application = start.application();
    this.application = application;
    for (Cron cron : application.crons().values()) {
      CronTimer timer =
          new CronTimer(cron, application.name(), env(), services().settings(), services().seed());
      timers.put(cron.name(), timer);
      scheduleDue(cron.name(), timer.planFirst(services().clock().now()));
    }
  }

  private static final HandlerTable<Container.Command, ApplicationContainer> HANDLERS =
      ContainerBase.<ApplicationContainer>sharedMessages()
          .onMessage(CronDue.class, ApplicationContainer::onCronDue)
          .onMessage(CronTimedOut.class, ApplicationContainer::onCronTimedOut)
          .onMessage(ProgramFinished.class, ApplicationContainer::onProgramFinished)
          .build();

  @Override
  public Receive<Container.Command> createReceive() {
    return HANDLERS.bind(this);
  }

  private Behavior<Container.Command> onCronDue(CronDue due) {
    dueIds.remove(due.cron());
    if (running != null) {
      String content = due.cron() + " came due while " + running.cron() + " runs; it waits";
      trace().record(env(), cronSource(due.cron()), null, TraceKind.CRON_DEFERRED, content);
      waiting.addLast(due.cron());
      return this;
    }
    startCron(due.cron());
    return this;
  }

  private Behavior<Container.Command> onCronTimedOut(CronTimedOut timedOut) {
    if (running == null || !running.key().equals(timedOut.runKey())) {
      return this;
    }
    getContext().stop(running.runner());
    cronEnded("killed after its timeout of " + cronTimeout(running.cron()).toSeconds() + "s");
    return this;
  }

  private Behavior<Container.Command> onProgramFinished(ProgramFinished finished) {
    if (running == null || !running.key().equals(finished.ended().key())) {
      return this;
    }
    services().wakeUps().cancel(running.timeoutId());
    cronEnded("exited with code " + finished.ended().exitCode());
    return this;
  }

  @Override
  protected void beforeStop(String why) {
    dueIds.values().forEach(services().wakeUps()::cancel);
    waiting.clear();
    if (running != null) {
      services().wakeUps().cancel(running.timeoutId());
      cronEnded("cancelled: " + why);
    }
  }

  private void startCron(String cron) {
    Instant now = services().clock().now();
    CronTimer timer = timers.get(cron);
    String fired = "cron " + cron + " starts (" + timer.describe() + ")";
    trace().record(env(), setup.name(), cronSource(cron), TraceKind.CRON_FIRED, fired);
    services().work().begin(workKey(), "cron " + cron + " of " + setup.name() + " in " + env());

    WorkloadId id = WorkloadId.cron(application.name(), cron);
    ActorRef<ProgramRunner.Command> runner =
        startProgram(
            cronSource(cron), id + " started at " + now, services().programOf(id), null, "cron");
    running = new RunningCron(cron, runner.path().name(), runner, scheduleTimeout(cron, runner));
    scheduleDue(cron, timer.planAfter(now));
  }

  private long scheduleTimeout(String cron, ActorRef<ProgramRunner.Command> runner) {
    Instant at = services().clock().now().plus(cronTimeout(cron));
    CronTimedOut timedOut = new CronTimedOut(runner.path().name());
    return services().wakeUps().scheduleDeadline(at, getContext().getSelf(), timedOut);
  }

  /** Records the end of the running cron and starts the longest-waiting one, if any. */
  private void cronEnded(String how) {
    trace().record(env(), cronSource(running.cron()), null, TraceKind.PROGRAM_ENDED, how);
    services().work().end(workKey());
    running = null;
    if (!waiting.isEmpty()) {
      startCron(waiting.removeFirst());
    }
  }

  private void scheduleDue(String cron, Instant at) {
    dueIds.put(cron, services().wakeUps().schedule(at, getContext().getSelf(), new CronDue(cron)));
  }

  private Duration cronTimeout(String cron) {
    Duration timeout = application.crons().get(cron).timeout();
    return timeout == null ? Duration.ofDays(1) : timeout;
  }

  private String cronSource(String cron) {
    return sourceOf(WorkloadId.cron(application.name(), cron));
  }

  private String workKey() {
    return "cron " + env() + "/" + setup.name();
  }

  /** The cron that runs now, its runner, and its timeout's wake-up. */
  private record RunningCron(
      String cron, String key, ActorRef<ProgramRunner.Command> runner, long timeoutId) {}
}
