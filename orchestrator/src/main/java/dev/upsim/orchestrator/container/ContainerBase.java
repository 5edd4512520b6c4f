package dev.upsim.orchestrator.container;

import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.actor.ActorKind;
import dev.upsim.auth.actor.HandlerTable;
import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.auth.proxy.ProxyIdentity;
import dev.upsim.orchestrator.runtime.RunServices;
import dev.upsim.orchestrator.trace.PendingEvent;
import dev.upsim.orchestrator.trace.Trace;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.Program;
import java.time.Instant;
import java.util.Set;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * What every kind of container shares: its own auth proxy holding exactly its resolved grants,
 * steps performed on request, token requests relayed for clients outside the simulation, and a
 * recorded stop. The kinds differ only in what they run on their own.
 */
abstract class ContainerBase extends AbstractBehavior<Container.Command> {

  /** A program started by this container ended. */
  record ProgramFinished(ProgramRunner.Ended ended) implements Container.Internal {}

  /** The proxy answered {@code client}, a client outside the simulation. */
  private record HttpTokenAnswered(TokenReply reply, ActorRef<TokenReply> client)
      implements Container.Internal {}

  private static final ActorKind<AuthProxy.Setup, AuthProxy.Command> PROXIES =
      AuthProxy.kind(RunServices.onSimulationThread());

  protected final ContainerSetup setup;
  protected final ActorRef<AuthProxy.Command> proxy;
  private ActorRef<ProgramRunner.Ended> programEnds;
  private int programsStarted;

  protected ContainerBase(ActorContext<Container.Command> context, ContainerSetup setup) {
    super(context);
    this.setup = setup;
    trace().record(at -> new ContainerSpawned(at, setup));
    ProxyIdentity identity = proxyIdentity();
    this.proxy = PROXIES.spawn(context, "proxy", proxySetup(identity));
    trace().record(at -> new ProxySpawned(at, setup, identity.grants()));
  }

  /** The handlers of the messages every container understands, to which a kind adds its own. */
  protected static <A extends ContainerBase>
      HandlerTable.Builder<Container.Command, A> sharedMessages() {
    return HandlerTable.<Container.Command, A>builder()
        .onMessage(Container.Perform.class, ContainerBase::onPerform)
        .onMessage(Container.RequestToken.class, ContainerBase::onRequestToken)
        .onMessage(HttpTokenAnswered.class, ContainerBase::onHttpTokenAnswered)
        .onMessage(Container.FindProxy.class, ContainerBase::onFindProxy)
        .onMessage(Container.Stop.class, ContainerBase::onStop);
  }

  /** Runs one step as asked, in a program of its own. */
  protected Behavior<Container.Command> onPerform(Container.Perform perform) {
    String source = sourceOf(perform.as());
    String label = "step as " + perform.as();
    startProgram(source, label, Program.of(perform.action()), perform.replyTo(), "step");
    return this;
  }

  /**
   * Relays a token request from outside the simulation to the proxy, whose answer comes back here
   * with the client it is for: the container keeps no queue of waiting clients.
   */
  protected Behavior<Container.Command> onRequestToken(Container.RequestToken request) {
    TokenTrace.requested(trace(), env(), "http", setup.proxyName(), request.ttlSeconds());

    ActorRef<TokenReply> client = request.replyTo();
    ActorRef<Container.Command> self = getContext().getSelf();
    proxy.tell(
        new AuthProxy.RequestTokenAs<>(
            request.ttlSeconds(), self, reply -> new HttpTokenAnswered(reply, client)));
    return this;
  }

  /** Records the proxy's answer and hands it to the client it is for. */
  private Behavior<Container.Command> onHttpTokenAnswered(HttpTokenAnswered answer) {
    TokenTrace.answered(trace(), env(), setup.proxyName(), "http", answer.reply());

    answer.client().tell(answer.reply());
    return this;
  }

  /** Tells a client outside the simulation where this container's proxy is. */
  private Behavior<Container.Command> onFindProxy(Container.FindProxy find) {
    find.replyTo().tell(new Container.ProxyFound(proxy));
    return this;
  }

  /** Stops the container, as its supervisor asked. */
  protected Behavior<Container.Command> onStop(Container.Stop stop) {
    return stopContainer(stop.why());
  }

  /** Records the stop of the proxy and the container, then stops; children stop with it. */
  protected Behavior<Container.Command> stopContainer(String why) {
    beforeStop(why);
    trace().record(env(), setup.name(), setup.proxyName(), TraceKind.STOPPED, "with its container");
    trace().record(env(), "supervisor", setup.name(), TraceKind.STOPPED, why);
    return Behaviors.stopped();
  }

  /** What a kind of container cleans up before it stops (wake-ups, running crons). */
  protected void beforeStop(String why) {}

  /** Starts {@code program} in a runner child; returns its key, echoed when it ends. */
  protected ActorRef<ProgramRunner.Command> startProgram(
      String source, String label, Program program, ActorRef<ActionOutcome> outcomes, String kind) {
    String key = kind + "-" + ++programsStarted;
    RunnerSetup runner =
        new RunnerSetup(
            env(),
            source,
            setup.proxyName(),
            label,
            setup.runId(),
            program,
            proxy,
            setup.api(),
            outcomes,
            programEnds(),
            key,
            services());
    return getContext().spawn(ProgramRunner.create(runner), key, RunServices.onSimulationThread());
  }

  /**
   * Where a program's end is told, adapted when the first program starts: an idle container (a
   * worker without a program) never needs it.
   */
  private ActorRef<ProgramRunner.Ended> programEnds() {
    if (programEnds == null) {
      programEnds = getContext().messageAdapter(ProgramRunner.Ended.class, ProgramFinished::new);
    }
    return programEnds;
  }

  /** The trace name of what acts as {@code workload} in this container. */
  protected String sourceOf(WorkloadId workload) {
    if (workload.kind() == WorkloadId.Kind.CRON) {
      return setup.name() + "/cron/" + workload.name();
    }
    return setup.name();
  }

  protected RunServices services() {
    return setup.services();
  }

  protected Trace trace() {
    return setup.services().trace();
  }

  protected String env() {
    return setup.environment();
  }

  private AuthProxy.Setup proxySetup(ProxyIdentity identity) {
    return new AuthProxy.Setup(
        identity, setup.codec(), services().proxySettings(), services().clock());
  }

  private ProxyIdentity proxyIdentity() {
    return new ProxyIdentity(
        services().project(),
        env(),
        setup.workload(),
        setup.runId(),
        services().grantSets().intern(setup.resolved().grantSet()));
  }

  /** The container's spawn, rendered from its setup, which it holds anyway. */
  private record ContainerSpawned(Instant at, ContainerSetup setup) implements PendingEvent {

    @Override
    public TraceEvent render(long sequence) {
      String content = "container for " + setup.workload() + " seeing " + setup.variables();
      return new TraceEvent(
          sequence,
          at,
          setup.environment(),
          "supervisor",
          setup.name(),
          TraceKind.SPAWNED,
          content,
          null);
    }
  }

  /** The proxy's spawn, rendered from its grants and where they come from. */
  private record ProxySpawned(Instant at, ContainerSetup setup, Set<Grant> grants)
      implements PendingEvent {

    @Override
    public TraceEvent render(long sequence) {
      String content = "proxy holding " + grants + " (" + setup.resolved().basis() + ")";
      return new TraceEvent(
          sequence,
          at,
          setup.environment(),
          setup.name(),
          setup.proxyName(),
          TraceKind.SPAWNED,
          content,
          null);
    }
  }
}
