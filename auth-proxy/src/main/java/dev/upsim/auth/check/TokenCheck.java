package dev.upsim.auth.check;

import dev.upsim.auth.Grant;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.token.TokenClaims;
import dev.upsim.auth.token.TokenCodec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment API's check of a bearer token, one environment of one project.
 *
 * <p>Design notes. The steps run in a fixed order and the first that fails names the reason:
 *
 * <ol>
 *   <li>no header, or a blank one: {@code missing-token};
 *   <li>not {@code Bearer <token>}, or a token that cannot be read: {@code malformed-token};
 *   <li>a token issued in another environment or project: {@code wrong-environment} or {@code
 *       wrong-project}. This API knows only its own key, so such a token fails its signature; the
 *       codec still hands over its claims when the token's {@code kid} names the other key and the
 *       claims agree with it. Nothing of such a token is trusted: it is only refused more clearly;
 *   <li>any other signature failure, an altered token included: {@code bad-signature};
 *   <li>{@code exp <= now}: {@code expired};
 *   <li>the token's task run has ended, when tokens end with their run: {@code run-ended};
 *   <li>the path names another project or environment: {@code wrong-project} or {@code
 *       wrong-environment};
 *   <li>the needed grant is not among the token's grants: {@code missing-grant}.
 * </ol>
 *
 * The token's own grants decide; the configuration only adds where each grant was declared.
 */
public final class TokenCheck {

  private static final String BEARER = "Bearer ";

  private final String project;
  private final String environment;
  private final TokenCodec codec;
  private final GrantProvenance provenance;
  private final RunLiveness runs;
  private final boolean tokensEndWithRun;

  /** A check for the API of {@code environment} in {@code project}, which signs with codec. */
  public TokenCheck(
      String project,
      String environment,
      TokenCodec codec,
      GrantProvenance provenance,
      RunLiveness runs,
      boolean tokensEndWithRun) {
    this.project = Objects.requireNonNull(project, "project");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.runs = Objects.requireNonNull(runs, "runs");
    this.tokensEndWithRun = tokensEndWithRun;
  }

  /**
   * Checks a request naming pathProject/pathEnvironment that needs grant {@code needed} (null =
   * only authentication). A null path part means the request does not name one.
   */
  public Decision check(
      String authorizationHeader,
      String pathProject,
      String pathEnvironment,
      Grant needed,
      Instant now) {
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      return refuse(Reason.MISSING_TOKEN, needed, "refused: the request carries no bearer token");
    }
    Optional<String> token = bearerToken(authorizationHeader);
    if (token.isEmpty()) {
      String why = "refused: the Authorization header is not of the form 'Bearer <token>'";
      return refuse(Reason.MALFORMED_TOKEN, needed, why);
    }
    TokenCodec.Read read = codec.read(token.get());
    if (read instanceof TokenCodec.Untrusted untrusted) {
      return untrusted(untrusted, needed);
    }
    TokenClaims claims = ((TokenCodec.Trusted) read).claims();
    return decide(claims, pathProject, pathEnvironment, needed, now);
  }

  private static Optional<String> bearerToken(String header) {
    boolean bearer = header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    String token = bearer ? header.substring(BEARER.length()).strip() : "";
    boolean single = !token.isEmpty() && token.chars().noneMatch(Character::isWhitespace);
    return single ? Optional.of(token) : Optional.empty();
  }

  private Decision untrusted(TokenCodec.Untrusted read, Grant needed) {
    if (read.foreign().isPresent()) {
      Refusal refusal = issuedElsewhere(read.foreign().get());
      return refuse(refusal.reason(), needed, refusal.why());
    }
    String why =
        read.reason() == Reason.MALFORMED_TOKEN
            ? "refused: the token cannot be read: " + read.detail()
            : "refused: the token's signature does not hold in " + here() + ": " + read.detail();
    return refuse(read.reason(), needed, why);
  }

  private Decision decide(
      TokenClaims claims, String pathProject, String pathEnvironment, Grant needed, Instant now) {
    Refusal refusal = tokenRefusal(claims, now);
    if (refusal == null) {
      refusal = requestRefusal(claims, pathProject, pathEnvironment, needed);
    }
    List<HeldGrant> held = held(claims);
    if (refusal == null) {
      return Decision.allow(needed, claims, held, allowed(claims, held, needed));
    }
    return Decision.refuse(refusal.reason(), needed, claims, held, refusal.why());
  }

  private Refusal tokenRefusal(TokenClaims claims, Instant now) {
    if (!claims.project().equals(project) || !claims.environment().equals(environment)) {
      return issuedElsewhere(claims);
    }
    if (!claims.expiresAt().isAfter(now)) {
      String why = " expired at " + claims.expiresAt() + "; it is now " + now;
      return new Refusal(Reason.EXPIRED, "refused: the token of " + claims.workload() + why);
    }
    if (tokensEndWithRun && claims.runId() != null && runs.hasEnded(claims.runId())) {
      String why = " was issued to run " + claims.runId() + ", which has ended";
      return new Refusal(Reason.RUN_ENDED, "refused: the token of " + claims.workload() + why);
    }
    return null;
  }

  private Refusal requestRefusal(
      TokenClaims claims, String pathProject, String pathEnvironment, Grant needed) {
    String tokenOf = "refused: the token of " + claims.workload();
    if (pathProject != null && !pathProject.equals(project)) {
      String why = " acts on project " + project + " only; the request names " + pathProject;
      return new Refusal(Reason.WRONG_PROJECT, tokenOf + why);
    }
    if (pathEnvironment != null && !pathEnvironment.equals(environment)) {
      String why = " acts on environment " + environment + " only; the request names ";
      return new Refusal(Reason.WRONG_ENVIRONMENT, tokenOf + why + pathEnvironment);
    }
    if (needed != null && !claims.grants().contains(needed)) {
      String holds = Wording.holds(claims.workload(), claims.grants(), basis(claims.workload()));
      return new Refusal(
          Reason.MISSING_GRANT, "refused: " + holds + "; " + needed + " would be needed");
    }
    return null;
  }

  private Refusal issuedElsewhere(TokenClaims stated) {
    Reason reason =
        stated.project().equals(project) ? Reason.WRONG_ENVIRONMENT : Reason.WRONG_PROJECT;
    String issued = "refused: the token was issued to " + stated.workload() + " in ";
    String where = Wording.place(stated.project(), stated.environment());
    return new Refusal(reason, issued + where + " and acts only there, not in " + here());
  }

  private String allowed(TokenClaims claims, List<HeldGrant> held, Grant needed) {
    if (needed == null) {
      return "allowed: the token of " + claims.workload() + " is valid in " + here();
    }
    String grant =
        held.stream()
            .filter(heldGrant -> heldGrant.grant().equals(needed))
            .findFirst()
            .map(HeldGrant::describe)
            .orElse(needed + " (carried by its token; not in the current configuration)");
    return "allowed: " + claims.workload() + " holds " + grant;
  }

  /** The token's grants, each with its provenance where the workload's resolution has it. */
  private List<HeldGrant> held(TokenClaims claims) {
    Map<Grant, HeldGrant> resolved = new LinkedHashMap<>();
    for (HeldGrant heldGrant : provenance.heldBy(claims.workload())) {
      resolved.putIfAbsent(heldGrant.grant(), heldGrant);
    }
    return claims.grants().stream().map(resolved::get).filter(Objects::nonNull).toList();
  }

  private String basis(WorkloadId workload) {
    return provenance.basis(workload);
  }

  private String here() {
    return Wording.place(project, environment);
  }

  private static Decision refuse(Reason reason, Grant needed, String why) {
    return Decision.refuse(reason, needed, null, List.of(), why);
  }

  /** A failed step: the reason and the sentence that explains it. */
  private record Refusal(Reason reason, String why) {}
}
