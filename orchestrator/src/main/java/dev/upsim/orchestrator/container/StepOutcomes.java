package dev.upsim.orchestrator.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.auth.proxy.AuthProxy.TokenRefused;
import dev.upsim.auth.proxy.AuthProxy.TokenReply;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.json.Json;
import dev.upsim.workloads.program.ActionOutcome;

/** Turns the answers a step gets into the {@link ActionOutcome} its expectation is checked on. */
final class StepOutcomes {

  private StepOutcomes() {}

  /** The outcome of a token request: 200 with the token, or the refusal's status and reason. */
  static ActionOutcome ofToken(TokenReply reply) {
    if (reply instanceof TokenIssued issued) {
      return new ActionOutcome(
          200, null, null, null, null, issued.claims(), issued.accessToken(), issued.expiresIn());
    }
    TokenRefused refused = (TokenRefused) reply;
    return new ActionOutcome(
        refused.reason().status(),
        refused.reason().code(),
        refused.explanation(),
        "",
        null,
        null,
        null,
        null);
  }

  /** The outcome of an API call: its status, the decision's reason and the error's words. */
  static ActionOutcome ofResponse(ApiResponse response) {
    Decision decision = response.decision();
    boolean refused = decision != null && !decision.allowed();
    return new ActionOutcome(
        response.status(),
        refused ? decision.reason().code() : null,
        response.succeeded() ? null : errorWords(response.body()),
        response.body(),
        decision,
        decision == null ? null : decision.claims(),
        null,
        null);
  }

  /** The outcome of a cancel that found no run of {@code task} to cancel. */
  static ActionOutcome noRunToCancel(String task, String environment) {
    String why = "no run of task " + task + " in " + environment + " to cancel";
    return new ActionOutcome(404, null, why, null, null, null, null, null);
  }

  /** An error body's {@code error} and {@code explanation}, or the body itself. */
  private static String errorWords(String body) {
    try {
      JsonNode problem = Json.read(body);
      String error = problem.path("error").asText("");
      String explanation = problem.path("explanation").asText("");
      return explanation.isEmpty() ? error : error + ": " + explanation;
    } catch (JsonProcessingException notJson) {
      return body;
    }
  }
}
