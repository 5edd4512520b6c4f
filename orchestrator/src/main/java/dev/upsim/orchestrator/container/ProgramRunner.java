package dev.upsim.orchestrator.container;

import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.orchestrator.activity.LogLine;
import dev.upsim.orchestrator.api.ApiRequest;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.api.PlatformApi;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.TokenChoice;
import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Runs one program inside a container, step by step, then stops.
 *
 * <p>Design notes. Each step that needs an answer sends one message (to the proxy, the API, or the
 * wake-up queue) and waits for it; nothing else happens in between, so a program's steps never
 * overlap. A refused step does not stop the program; a step whose outcome differs from its
 * expectation is recorded in the trace with the run it happened in, and the program goes on. A call
 * with a fresh token first asks the proxy, exactly as a workload would; a cancel first looks the
 * run up in the API, standing in for a workload that remembers the id it was given.
 */
public final class ProgramRunner extends AbstractBehavior<ProgramRunner.Command> {

  /** The runner's messages: answers and wake-ups only; it is driven by its program. */
  public sealed interface Command permits TokenAnswered, ApiAnswered, RunLookedUp, WokeUp {}

  /** Told to the parent when the program ends, with the exit code (0 when it ran out). */
  public record Ended(String key, int exitCode) {}

  private record TokenAnswered(TokenReply reply) implements Command {}

  private record ApiAnswered(ApiResponse response) implements Command {}

  private record RunLookedUp(PlatformApi.FoundRun found) implements Command {}

  private enum WokeUp implements Command {
    INSTANCE
  }

  /** A runner of {@code setup.program()} that starts at once. */
  public static Behavior<Command> create(RunnerSetup setup) {
    return Behaviors.setup(context -> new ProgramRunner(context, setup).proceed());
  }

  private final RunnerSetup setup;
  private final StepCalls calls;
  private final ActorRef<TokenReply> tokenAnswers;
  private final ActorRef<ApiResponse> apiAnswers;
  private ActorRef<PlatformApi.FoundRun> runAnswers;
  private int index;
  private PendingCall pendingCall;
  private long sleepId = -1;

  private ProgramRunner(ActorContext<Command> context, RunnerSetup setup) {
    super(context);
    this.setup = setup;
    this.calls = new StepCalls(setup.services().project(), setup.environment());
    this.tokenAnswers = context.messageAdapter(TokenReply.class, TokenAnswered::new);
    this.apiAnswers = context.messageAdapter(ApiResponse.class, ApiAnswered::new);
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(TokenAnswered.class, this::onTokenAnswered)
        .onMessage(ApiAnswered.class, this::onApiAnswered)
        .onMessage(RunLookedUp.class, this::onRunLookedUp)
        .onMessageEquals(WokeUp.INSTANCE, this::onWokeUp)
        .onSignal(PostStop.class, signal -> onPostStop())
        .build();
  }

  private Behavior<Command> onTokenAnswered(TokenAnswered answer) {
    TokenTrace.answered(trace(), env(), setup.proxyName(), setup.source(), answer.reply());
    PendingCall call = pendingCall;
    pendingCall = null;

    if (call != null && answer.reply() instanceof TokenIssued issued) {
      send(call, issued.accessToken());
      return this;
    }
    ActionOutcome outcome = StepOutcomes.ofToken(answer.reply());
    saveIfAsked(answer.reply());
    return complete(outcome);
  }

  private Behavior<Command> onApiAnswered(ApiAnswered answer) {
    return complete(StepOutcomes.ofResponse(answer.response()));
  }

  private Behavior<Command> onRunLookedUp(RunLookedUp lookup) {
    String activityId = lookup.found().activityId();
    if (activityId == null) {
      String task = ((Action.Cancel) current()).task();
      return complete(StepOutcomes.noRunToCancel(task, env()));
    }
    startCall("POST", calls.cancelPath(activityId), null, TokenChoice.fresh());
    return this;
  }

  private Behavior<Command> onWokeUp() {
    sleepId = -1;
    return complete(ActionOutcome.DONE);
  }

  private Behavior<Command> onPostStop() {
    if (sleepId >= 0) {
      setup.services().wakeUps().cancel(sleepId);
    }
    return this;
  }

  /** Runs steps until one waits for an answer or the program ends. */
  private Behavior<Command> proceed() {
    List<Action> actions = setup.program().actions();
    while (index < actions.size()) {
      Action action = actions.get(index);
      if (action instanceof Action.Exit exit) {
        record(ActionOutcome.DONE);
        return end(exit.code());
      }
      ActionOutcome done = begin(action);
      if (done == null) {
        return this;
      }
      record(done);
    }
    return end(0);
  }

  /** Starts {@code action}; returns its outcome when it needs no answer, else null. */
  private ActionOutcome begin(Action action) {
    if (action instanceof Action.RequestToken token) {
      askProxy(token.ttlSeconds());
      return null;
    }
    if (action instanceof Action.Call call) {
      return startCall(call.method(), calls.expand(call.path()), call.bodyJson(), call.token());
    }
    if (action instanceof Action.Trigger trigger) {
      String body = calls.runBody(trigger.variables());
      return startCall("POST", calls.runPath(trigger.task()), body, TokenChoice.fresh());
    }
    if (action instanceof Action.Cancel cancel) {
      setup.api().tell(new PlatformApi.FindRun(cancel.task(), runAnswers()));
      return null;
    }
    if (action instanceof Action.Sleep sleep) {
      return sleep(sleep);
    }
    return log((Action.Log) action);
  }

  private ActionOutcome startCall(String method, String path, String body, TokenChoice choice) {
    PendingCall call = new PendingCall(method, path, body, choice.kind());
    switch (choice.kind()) {
      case NONE:
        send(call, null);
        return null;
      case SAVED:
        return sendSaved(call, choice.savedAs());
      default:
        pendingCall = call;
        askProxy(null);
        return null;
    }
  }

  private ActionOutcome sendSaved(PendingCall call, String name) {
    String token = setup.services().savedTokens().find(name).orElse(null);
    if (token == null) {
      return ActionOutcome.notSent("no token was saved as '" + name + "' before this step");
    }
    send(call, token);
    return null;
  }

  private void send(PendingCall call, String token) {
    String sent = token == null ? null : call.tampered() ? StepCalls.tamper(token) : token;
    String header = sent == null ? null : "Bearer " + sent;
    ApiRequest request = new ApiRequest(call.method(), call.path(), header, call.body(), source());
    setup.api().tell(new PlatformApi.Handle(request, apiAnswers));
  }

  private void askProxy(Long ttl) {
    TokenTrace.requested(trace(), env(), setup.source(), setup.proxyName(), ttl);
    setup.proxy().tell(new AuthProxy.RequestToken(ttl, tokenAnswers));
  }

  private ActionOutcome sleep(Action.Sleep sleep) {
    if (sleep.duration().isZero()) {
      return ActionOutcome.DONE;
    }
    var at = setup.services().clock().now().plus(sleep.duration());
    sleepId = setup.services().wakeUps().schedule(at, getContext().getSelf(), WokeUp.INSTANCE);
    return null;
  }

  private ActionOutcome log(Action.Log log) {
    LogLine line = new LogLine(setup.services().clock().now(), log.text(), log.stderr());
    trace().record(env(), source(), null, TraceKind.LOG_WRITTEN, line.message());
    if (setup.runId() != null) {
      setup.api().tell(new PlatformApi.AppendLog(setup.runId(), line));
    }
    return ActionOutcome.DONE;
  }

  private void saveIfAsked(TokenReply reply) {
    Action action = current();
    if (reply instanceof TokenIssued issued && action instanceof Action.RequestToken token) {
      if (token.saveAs() != null) {
        setup.services().savedTokens().save(token.saveAs(), issued.accessToken());
      }
    }
  }

  private Behavior<Command> complete(ActionOutcome outcome) {
    record(outcome);
    return proceed();
  }

  /** Checks the finished step's expectation, reports its outcome and moves to the next step. */
  private void record(ActionOutcome outcome) {
    Action action = current();
    List<String> mismatches = action.expect().mismatches(outcome);
    if (!mismatches.isEmpty()) {
      String step = setup.label() + ", step " + (index + 1) + " (" + action.describe() + ")";
      String content = step + ": " + String.join("; ", mismatches);
      trace().record(env(), source(), null, TraceKind.EXPECTATION_FAILED, content);
    }
    if (setup.outcomes() != null) {
      setup.outcomes().tell(outcome);
    }
    index++;
  }

  /**
   * Where the API's run lookups are answered, adapted on the first cancel: most programs never
   * cancel, and a runner is spawned for every task run.
   */
  private ActorRef<PlatformApi.FoundRun> runAnswers() {
    if (runAnswers == null) {
      runAnswers = getContext().messageAdapter(PlatformApi.FoundRun.class, RunLookedUp::new);
    }
    return runAnswers;
  }

  private Behavior<Command> end(int exitCode) {
    setup.reportTo().tell(new Ended(setup.key(), exitCode));
    return Behaviors.stopped();
  }

  private Action current() {
    return setup.program().actions().get(index);
  }

  private String source() {
    return setup.source();
  }

  private String env() {
    return setup.environment();
  }

  private dev.upsim.orchestrator.trace.Trace trace() {
    return setup.services().trace();
  }

  /** A call waiting for the token it will carry. */
  private record PendingCall(String method, String path, String body, TokenChoice.Kind choice) {

    boolean tampered() {
      return choice == TokenChoice.Kind.TAMPERED;
    }
  }
}
