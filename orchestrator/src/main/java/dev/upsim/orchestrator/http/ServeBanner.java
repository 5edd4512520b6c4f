package dev.upsim.orchestrator.http;

import dev.upsim.auth.token.Signing;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.stream.Collectors;

/** What upsim serve prints once it listens: where the API is, then every container. */
final class ServeBanner {

  private ServeBanner() {}

  /** Prints the banner of {@code server}, started from {@code options}, to {@code out}. */
  static void print(
      ServeOptions options, UpsimServer server, Optional<String> fallbackReason, PrintWriter out) {
    synchronized (out) {
      out.println("upsim serve: project " + options.project() + ", " + environments(options) + ";");
      out.println(
          "  tokens signed with " + options.signing().word() + "; " + clock(options.clock()));
      out.println();
      out.println("API   " + server.apiUrl() + "   (UPSIM_API_URL in every container)");
      if (options.signing() == Signing.ED25519) {
        out.println("JWKS  " + server.apiUrl() + "/.well-known/jwks.json");
      }
      out.println();
      ContainerTable.print(server.containers(), out);
      out.println();
      fallbackReason.ifPresent(reason -> out.println(fallbackNote(reason)));
      out.println("Each proxy answers POST /oauth2/token; crons use their application's proxy.");
      out.println("Task runs get a proxy while they run. Stop with Ctrl-C.");
      out.flush();
    }
  }

  private static String environments(ServeOptions options) {
    String named =
        options.environments().entrySet().stream()
            .map(env -> env.getKey() + " (" + env.getValue() + ")")
            .collect(Collectors.joining(", "));
    return (options.environments().size() == 1 ? "environment " : "environments ") + named;
  }

  private static String clock(ClockMode clock) {
    return clock == ClockMode.WALL
        ? "simulated time follows the wall clock"
        : "simulated time moves only with POST /__upsim/clock/advance?by=15m";
  }

  private static String fallbackNote(String reason) {
    return "Note: containers marked * could not have a loopback address of their own ("
        + reason
        + "); their proxies listen on ports of 127.0.0.1 instead.";
  }
}
