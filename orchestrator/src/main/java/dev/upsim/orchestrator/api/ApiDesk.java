package dev.upsim.orchestrator.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upsim.auth.Grant;
import dev.upsim.auth.SimClock;
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.check.Reason;
import dev.upsim.auth.check.TokenCheck;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.activity.ActivityLog;
import dev.upsim.orchestrator.activity.RunBook;
import dev.upsim.orchestrator.activity.RunChain;
import dev.upsim.orchestrator.json.Json;
import dev.upsim.orchestrator.trace.Trace;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.config.TaskDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Answers the requests of one environment's API: the plain logic behind {@link PlatformApi}.
 *
 * <p>Design notes. Checks run in a fixed order and the first that fails answers: the path and
 * method (404, 405), the token (401), the project and environment (403), an unknown task or
 * activity (404 {@code unknown-task}), the grant (403 {@code missing-grant}), the run body (400
 * {@code bad-request}) and the chain's depth (409 {@code chain-too-deep}). A cancel of a run that
 * has ended is allowed by the check and answered 409, without a reason: it is a conflict with the
 * run's state, not a refusal. The token's own grants decide; the deployed configuration only
 * explains where they come from. A run triggered with a token issued inside another run extends
 * that run's chain, which is how chains are followed even for requests from outside the simulation.
 */
public final class ApiDesk {

  private final String project;
  private final String environment;
  private final String type;
  private final int maxChainDepth;
  private final ActivityLog log;
  private final RunBook runs;
  private final Trace trace;
  private final SimClock clock;
  private final List<Deployment> deployments = new ArrayList<>();
  private TokenCheck check;

  /** The desk of {@code environment} (of {@code type}) in {@code project}; deploy before use. */
  public ApiDesk(
      String project,
      String environment,
      String type,
      int maxChainDepth,
      ActivityLog log,
      RunBook runs,
      Trace trace,
      SimClock clock) {
    this.project = project;
    this.environment = environment;
    this.type = type;
    this.maxChainDepth = maxChainDepth;
    this.log = log;
    this.runs = runs;
    this.trace = trace;
    this.clock = clock;
  }

  /** Puts {@code config} live; requests are checked with {@code tokenCheck} from now on. */
  public void deploy(ProjectConfig config, TokenCheck tokenCheck) {
    deployments.add(new Deployment(deployments.size() + 1, clock.now(), config));
    this.check = tokenCheck;
  }

  /** The configuration deployed now. */
  public ProjectConfig config() {
    return deployments.get(deployments.size() - 1).config();
  }

  /** Answers {@code request}, recording it and the answer in the trace. */
  public ApiResponse handle(ApiRequest request) {
    String sent = request.body() == null || request.body().isBlank() ? "" : " " + request.body();
    trace.record(
        environment, request.caller(), "api", TraceKind.API_REQUESTED, request.line() + sent);
    ApiResponse response = answer(request);
    String summary = summary(response);
    trace.record(
        environment, "api", request.caller(), TraceKind.API_ANSWERED, summary, response.decision());
    return response;
  }

  private ApiResponse answer(ApiRequest request) {
    ApiRoutes.Match match = ApiRoutes.match(request.method(), request.path());
    if (match instanceof ApiRoutes.WrongMethod wrong) {
      String why = request.method() + " is not allowed on " + request.path();
      return problem(405, why + "; use " + wrong.allowed(), null);
    }
    if (match instanceof ApiRoutes.NotFound) {
      return problem(404, "no such path in the environment API: " + request.path(), null);
    }
    return route(((ApiRoutes.Found) match).route(), request);
  }

  private ApiResponse route(ApiRoute route, ApiRequest request) {
    switch (route.kind()) {
      case LIST_ENVIRONMENTS:
        return listEnvironments(route, request);
      case ENVIRONMENT:
        return view(route, request, this::environmentJson);
      case ACTIVITIES:
        return view(route, request, () -> ApiJson.activities(log.all()));
      case ACTIVITY:
        return activity(route, request, (run, why) -> json(200, ApiJson.activity(run), why));
      case ACTIVITY_LOG:
        return activity(route, request, this::ndjson);
      case CANCEL_ACTIVITY:
        return cancel(route, request);
      case TASKS:
        return view(route, request, () -> ApiJson.tasks(config()));
      case TASK:
        return task(route, request);
      case RUN_TASK:
        return run(route, request);
      default:
        return view(route, request, () -> ApiJson.deployments(deployments));
    }
  }

  private ApiResponse listEnvironments(ApiRoute route, ApiRequest request) {
    Decision decision = check(request, route, null);
    if (!decision.allowed()) {
      return refusal(decision);
    }
    String why =
        "refused: the token of "
            + decision.claims().workload()
            + " acts on environment "
            + environment
            + " only; listing the environments of a project needs a user's token";
    return refusal(refine(decision, Reason.WRONG_ENVIRONMENT, why));
  }

  private ApiResponse view(ApiRoute route, ApiRequest request, Supplier<JsonNode> body) {
    Decision decision = check(request, route, Grant.ENV_VIEW);
    return decision.allowed() ? json(200, body.get(), decision) : refusal(decision);
  }

  private ApiResponse activity(
      ApiRoute route, ApiRequest request, BiFunction<Activity, Decision, ApiResponse> render) {
    Decision decision = check(request, route, Grant.ENV_VIEW);
    if (refusedBeforeGrant(decision)) {
      return refusal(decision);
    }
    Activity run = log.find(route.name()).orElse(null);
    if (run == null) {
      return unknownActivity(decision, route.name());
    }
    return decision.allowed() ? render.apply(run, decision) : refusal(decision);
  }

  private ApiResponse cancel(ApiRoute route, ApiRequest request) {
    Decision authenticated = check(request, route, null);
    if (!authenticated.allowed()) {
      return refusal(authenticated);
    }
    Activity run = log.find(route.name()).orElse(null);
    if (run == null) {
      return unknownActivity(authenticated, route.name());
    }
    Decision decision = check(request, route, Grant.operateTask(run.task()));
    if (!decision.allowed()) {
      return refusal(decision);
    }
    if (!run.isActive()) {
      String why = "activity " + run.id() + " has already ended: " + run.describeState();
      return problem(409, why, decision);
    }
    String by = "cancelled by " + decision.claims().workload();
    return json(200, ApiJson.activity(runs.cancel(run.id(), by).orElseThrow()), decision);
  }

  private ApiResponse task(ApiRoute route, ApiRequest request) {
    Decision decision = check(request, route, Grant.ENV_VIEW);
    TaskDefinition task = config().tasks().get(route.name());
    if (refusedBeforeGrant(decision)) {
      return refusal(decision);
    }
    if (task == null) {
      return refusal(unknownTask(decision, route.name()));
    }
    return decision.allowed() ? json(200, ApiJson.task(task), decision) : refusal(decision);
  }

  private ApiResponse run(ApiRoute route, ApiRequest request) {
    Decision decision = check(request, route, Grant.operateTask(route.name()));
    if (refusedBeforeGrant(decision)) {
      return refusal(decision);
    }
    if (!config().tasks().containsKey(route.name())) {
      return refusal(unknownTask(decision, route.name()));
    }
    if (!decision.allowed()) {
      return refusal(decision);
    }
    RunRequestBody.Parsed body = RunRequestBody.parse(request.body());
    if (body instanceof RunRequestBody.Invalid invalid) {
      return refusal(refine(decision, Reason.BAD_REQUEST, "refused: " + invalid.problem()));
    }
    return accept(route.name(), ((RunRequestBody.Variables) body).env(), decision);
  }

  /**
   * Creates the run once every other check passed, unless its chain would grow past the bound. A
   * chain that revisits a task is named as a loop at the first attempt, even one the bound refuses.
   */
  private ApiResponse accept(String task, Map<String, String> env, Decision decision) {
    RunChain parent = parentChain(decision.claims());
    RunChain chain = parent == null ? RunChain.root(task) : parent.extend(task);
    if (chain.closesLoop()) {
      parent.loopClosedBy(task).ifPresent(this::reportLoop);
    }
    if (chain.depth() > maxChainDepth) {
      return refusal(refine(decision, Reason.CHAIN_TOO_DEEP, tooDeep(chain)));
    }
    String by = decision.claims().workload().toString();
    return json(202, ApiJson.runCreated(runs.create(task, env, chain, by)), decision);
  }

  private void reportLoop(String loop) {
    trace.record(environment, "api", null, TraceKind.LOOP_DETECTED, "loop: " + loop);
  }

  private RunChain parentChain(TokenClaims claims) {
    if (claims.runId() == null) {
      return null;
    }
    return log.find(claims.runId()).map(Activity::chain).orElse(null);
  }

  private String tooDeep(RunChain chain) {
    return "refused: the chain "
        + chain
        + " would be "
        + chain.depth()
        + " runs deep; upsim.chain.max-depth allows "
        + maxChainDepth;
  }

  private Decision check(ApiRequest request, ApiRoute route, Grant needed) {
    String header = request.authorizationHeader();
    return check.check(header, route.project(), route.environment(), needed, clock.now());
  }

  /** Whether the check failed before the grant step, so an unknown name must not be told. */
  private static boolean refusedBeforeGrant(Decision decision) {
    return !decision.allowed() && decision.reason() != Reason.MISSING_GRANT;
  }

  private Decision unknownTask(Decision decision, String name) {
    String why =
        "refused: no task named "
            + name
            + " in the configuration of "
            + environment
            + "; its tasks are "
            + config().tasks().keySet();
    return refine(decision, Reason.UNKNOWN_TASK, why);
  }

  /**
   * A 404 for an activity id the environment does not know, with the reason unknown-task: every
   * activity upsim keeps is a task run.
   */
  private ApiResponse unknownActivity(Decision decision, String id) {
    String why =
        "refused: no task run of "
            + environment
            + " has the activity id "
            + id
            + "; GET .../environments/"
            + environment
            + "/activities lists them";
    return problem(404, "activity not found", refine(decision, Reason.UNKNOWN_TASK, why));
  }

  private static Decision refine(Decision decision, Reason reason, String why) {
    return Decision.refuse(reason, decision.needed(), decision.claims(), decision.held(), why);
  }

  private JsonNode environmentJson() {
    return ApiJson.environment(project, environment, type, deployments.size());
  }

  private ApiResponse ndjson(Activity run, Decision decision) {
    return new ApiResponse(200, ApiResponse.NDJSON, ApiJson.log(run), decision);
  }

  private static ApiResponse json(int status, JsonNode body, Decision decision) {
    return new ApiResponse(status, ApiResponse.JSON, Json.text(body), decision);
  }

  private static ApiResponse refusal(Decision decision) {
    return problem(decision.status(), ApiErrors.error(decision), decision);
  }

  private static ApiResponse problem(int status, String error, Decision decision) {
    String body = Json.text(ApiJson.problem(status, error, decision));
    return new ApiResponse(status, ApiResponse.PROBLEM, body, decision);
  }

  private static String summary(ApiResponse response) {
    Decision decision = response.decision();
    boolean refused = decision != null && !decision.allowed();
    return refused ? response.status() + " " + decision.reason().code() : "" + response.status();
  }
}
