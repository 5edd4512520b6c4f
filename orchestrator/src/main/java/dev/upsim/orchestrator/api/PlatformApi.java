package dev.upsim.orchestrator.api;

import dev.upsim.auth.check.TokenCheck;
import dev.upsim.auth.token.TokenCodec;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.activity.ActivityIds;
import dev.upsim.orchestrator.activity.ActivityLog;
import dev.upsim.orchestrator.activity.LogLine;
import dev.upsim.orchestrator.activity.RunBook;
import dev.upsim.orchestrator.activity.RunQueue;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.config.TaskDefinition;
import dev.upsim.workloads.resolve.Resolution;
import dev.upsim.workloads.schedule.Durations;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The environment API of one environment: it checks every request's token, answers, and keeps the
 * environment's task runs.
 *
 * <p>Design notes. The decisions and answers are the plain {@link ApiDesk}'s; the runs' life is the
 * plain {@link RunBook}'s. This actor wires them to the rest: it orders the environment supervisor
 * to spawn and stop run containers, schedules each run's timeout on the virtual clock, and records
 * every change of a run in the trace. Tokens issued to a run stop working when the run ends because
 * the token check asks this actor's activity log.
 */
public final class PlatformApi extends AbstractBehavior<PlatformApi.Command> {

  /** What the API is asked. */
  public sealed interface Command
      permits Handle, FindRun, ListActivities, RunExited, AppendLog, Redeploy, TimeOut {}

  /** Answers an HTTP-shaped request. */
  public record Handle(ApiRequest request, ActorRef<ApiResponse> replyTo) implements Command {}

  /** Looks up the run of {@code task} a cancel is meant for. */
  public record FindRun(String task, ActorRef<FoundRun> replyTo) implements Command {}

  /** The run a cancel is meant for: its activity id, or null when the task never ran. */
  public record FoundRun(String activityId) {}

  /** Lists every run of the environment, oldest first. */
  public record ListActivities(ActorRef<ActivitiesListed> replyTo) implements Command {}

  /** Every run of the environment, oldest first. */
  public record ActivitiesListed(List<Activity> activities) {}

  /** Tells that the program of run {@code activityId} ended with {@code exitCode}. */
  public record RunExited(String activityId, int exitCode) implements Command {}

  /** Adds a line to the output of run {@code activityId}. */
  public record AppendLog(String activityId, LogLine line) implements Command {}

  /** Cancels every run and puts {@code config} live, resolved as {@code resolution}. */
  public record Redeploy(ProjectConfig config, Resolution resolution) implements Command {}

  private record TimeOut(String activityId, String timeout) implements Command {}

  /** What the API orders the environment supervisor to do with run containers. */
  public sealed interface RunOrder permits StartRun, StopRun {}

  /** Spawns the container of {@code run}, which is in progress. */
  public record StartRun(Activity run) implements RunOrder {}

  /** Stops the container of run {@code activityId}, for {@code why}. */
  public record StopRun(String activityId, String why) implements RunOrder {}

  /** The API of {@code environment} (of {@code type}), with {@code config} deployed. */
  public static Behavior<Command> create(
      String environment,
      String type,
      ProjectConfig config,
      Resolution resolution,
      TokenCodec codec,
      ActorRef<RunOrder> orders,
      RunServices services) {
    return Behaviors.setup(
        context -> {
          PlatformApi api = new PlatformApi(context, environment, type, codec, orders, services);
          api.desk.deploy(config, api.tokenCheck(resolution));
          return api;
        });
  }

  private final String environment;
  private final TokenCodec codec;
  private final ActorRef<RunOrder> orders;
  private final RunServices services;
  private final ActivityLog log = new ActivityLog();
  private final RunBook runs;
  private final ApiDesk desk;
  private final Map<String, Long> timeouts = new HashMap<>();

  private PlatformApi(
      ActorContext<Command> context,
      String environment,
      String type,
      TokenCodec codec,
      ActorRef<RunOrder> orders,
      RunServices services) {
    super(context);
    this.environment = environment;
    this.codec = codec;
    this.orders = orders;
    this.services = services;
    RunQueue queue = new RunQueue(services.settings().maxConcurrentRuns());
    ActivityIds ids = new ActivityIds(services.seed() ^ environment.hashCode());
    this.runs = new RunBook(log, queue, ids, services.clock(), new Effects());
    this.desk =
        new ApiDesk(
            services.project(),
            environment,
            type,
            services.settings().maxChainDepth(),
            log,
            runs,
            services.trace(),
            services.clock());
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Handle.class, this::onHandle)
        .onMessage(FindRun.class, this::onFindRun)
        .onMessage(ListActivities.class, this::onListActivities)
        .onMessage(RunExited.class, this::onRunExited)
        .onMessage(AppendLog.class, this::onAppendLog)
        .onMessage(Redeploy.class, this::onRedeploy)
        .onMessage(TimeOut.class, this::onTimeOut)
        .build();
  }

  private Behavior<Command> onHandle(Handle handle) {
    handle.replyTo().tell(desk.handle(handle.request()));
    return this;
  }

  private Behavior<Command> onFindRun(FindRun find) {
    String id = log.latestOf(find.task()).map(Activity::id).orElse(null);
    find.replyTo().tell(new FoundRun(id));
    return this;
  }

  private Behavior<Command> onListActivities(ListActivities list) {
    list.replyTo().tell(new ActivitiesListed(log.all()));
    return this;
  }

  private Behavior<Command> onRunExited(RunExited exited) {
    runs.exited(exited.activityId(), exited.exitCode());
    return this;
  }

  private Behavior<Command> onAppendLog(AppendLog append) {
    runs.log(append.activityId(), append.line());
    return this;
  }

  private Behavior<Command> onRedeploy(Redeploy redeploy) {
    runs.cancelAll("the environment is being deployed");

    desk.deploy(redeploy.config(), tokenCheck(redeploy.resolution()));
    return this;
  }

  private Behavior<Command> onTimeOut(TimeOut timeOut) {
    timeouts.remove(timeOut.activityId());
    runs.timedOut(timeOut.activityId(), timeOut.timeout());
    return this;
  }

  private TokenCheck tokenCheck(Resolution resolution) {
    return new TokenCheck(
        services.project(),
        environment,
        codec,
        new ResolutionProvenance(resolution),
        log::hasEnded,
        services.tokenSettings().endWithRun());
  }

  private Duration timeoutOf(String task) {
    TaskDefinition definition = desk.config().tasks().get(task);
    Duration timeout = definition == null ? null : definition.timeout();
    return timeout == null ? Duration.ofHours(1) : timeout;
  }

  /** What run changes mean outside the run book: orders, timeouts, trace and work. */
  private final class Effects implements RunBook.Effects {

    @Override
    public void changed(Activity run, String note) {
      String content = run.task() + " " + run.id() + " " + run.describeState() + ": " + note;
      services.trace().record(environment, "api", null, TraceKind.ACTIVITY_CHANGED, content);
      String key = "run " + environment + "/" + run.id();
      if (run.isActive()) {
        services.work().begin(key, "task run " + run.container() + " in " + environment);
        return;
      }
      services.work().end(key);
      Long timeout = timeouts.remove(run.id());
      if (timeout != null) {
        services.wakeUps().cancel(timeout);
      }
    }

    @Override
    public void start(Activity run) {
      orders.tell(new StartRun(run));
      Duration timeout = timeoutOf(run.task());
      TimeOut message = new TimeOut(run.id(), Durations.format(timeout));
      var at = services.clock().now().plus(timeout);
      timeouts.put(run.id(), services.wakeUps().schedule(at, getContext().getSelf(), message));
    }

    @Override
    public void stop(Activity run, String why) {
      orders.tell(new StopRun(run.id(), why));
    }
  }
}
