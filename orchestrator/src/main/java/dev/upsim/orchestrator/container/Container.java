package dev.upsim.orchestrator.container;

import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.proxy.AuthProxy;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.ActionOutcome;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * The protocol every container understands, whatever it runs: an application's web instance, a
 * worker, or a task run. The environment supervisor speaks to all of them alike.
 */
public final class Container {

  private Container() {}

  /** What a container is asked. */
  public sealed interface Command permits Perform, RequestToken, FindProxy, Stop, Internal {}

  /**
   * Performs one step as {@code as}, which is the container's own workload or, in an application's
   * container, one of its crons; the step's outcome goes to {@code replyTo}.
   */
  public record Perform(WorkloadId as, Action action, ActorRef<ActionOutcome> replyTo)
      implements Command {}

  /** Asks the container's proxy for a token on behalf of a client outside the simulation. */
  public record RequestToken(Long ttlSeconds, ActorRef<TokenReply> replyTo) implements Command {}

  /**
   * Asks for the container's own proxy, so that a client outside the simulation can ask it for
   * tokens directly, as a program in the container asks its localhost:8200.
   */
  public record FindProxy(ActorRef<ProxyFound> replyTo) implements Command {}

  /** The container's proxy, which lives as long as the container. */
  public record ProxyFound(ActorRef<AuthProxy.Command> proxy) {}

  /** Stops the container and its proxy, for {@code why}. */
  public record Stop(String why) implements Command {}

  /** The private messages of each kind of container: answers, wake-ups, ended programs. */
  public non-sealed interface Internal extends Command {}
}
