package dev.upsim.orchestrator.http;

import java.util.function.Supplier;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.apache.pekko.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the routes of both kinds of server share: a request that is not answered in time, and a bug
 * while answering, each get an answer in the server's own error shape and one log line, never a
 * stack trace on the console.
 */
abstract class GuardedRoutes extends AllDirectives {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedRoutes.class);

  /**
   * Every route of the server, guarded, for binding; built when asked rather than in the
   * constructor, since {@link #routes} reads the fields of the subclass. The tree is built once
   * here: the directive that guards it asks its supplier again for every request, and rebuilding
   * the tree each time was 4% of the request threads' time under load (async-profiler).
   */
  final Route route() {
    Route routes = routes();
    return guarded(() -> routes);
  }

  /** The routes to guard. */
  protected abstract Route routes();

  /** The answer to {@code request} when it was not answered within the request timeout. */
  protected abstract HttpResponse timedOut(HttpRequest request);

  /** The answer to a request whose handling failed with a bug. */
  protected abstract HttpResponse failed();

  /**
   * {@code inner}, answering time-outs with {@link #timedOut} and failures with {@link #failed}.
   */
  private Route guarded(Supplier<Route> inner) {
    ExceptionHandler failures = ExceptionHandler.newBuilder().matchAny(this::failure).build();
    return withRequestTimeoutResponse(this::timedOut, () -> handleExceptions(failures, inner));
  }

  private Route failure(Throwable bug) {
    LOG.error("internal error while answering a request: {}", bug.toString());
    LOG.debug("internal error", bug);
    return complete(failed());
  }
}
