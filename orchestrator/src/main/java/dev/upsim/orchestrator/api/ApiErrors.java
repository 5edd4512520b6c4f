package dev.upsim.orchestrator.api;

import dev.upsim.auth.check.Decision;

/** The short {@code error} message of each refusal, as an API client would show it. */
final class ApiErrors {

  private ApiErrors() {}

  /** The error message of refused {@code decision}. */
  static String error(Decision decision) {
    switch (decision.reason()) {
      case MISSING_TOKEN:
        return "authentication required: send Authorization: Bearer <token>";
      case MALFORMED_TOKEN:
        return "malformed bearer token";
      case BAD_SIGNATURE:
        return "invalid token signature";
      case EXPIRED:
        return "token expired";
      case RUN_ENDED:
        return "token no longer valid: the task run it was issued to has ended";
      case WRONG_ENVIRONMENT:
        return "token not valid for this environment";
      case WRONG_PROJECT:
        return "token not valid for this project";
      case MISSING_GRANT:
        return "forbidden: missing grant " + decision.needed();
      case UNKNOWN_TASK:
        return "task not found";
      case BAD_REQUEST:
        return "invalid run request body";
      case CHAIN_TOO_DEEP:
        return "chain of task runs too deep";
      case RATE_LIMITED:
        return "too many requests";
      default:
        return decision.reason().code();
    }
  }
}
