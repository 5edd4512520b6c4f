package dev.upsim.auth.token;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.upsim.auth.Grant;
import dev.upsim.auth.WorkloadId;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps {@link TokenClaims} to the JWT claims set and back.
 *
 * <p>The claims, in the order they are written: {@code iss} ({@value #ISSUER}), {@code sub} (the
 * workload, for example {@code task:export}), {@code project}, {@code environment}, {@code run}
 * (only inside a task run), {@code grants} (canonical texts, sorted), {@code iat}, {@code exp} and
 * {@code jti}. JWT times are whole seconds: the fraction of a second of an instant is dropped
 * (seconds since the epoch, rounded down).
 */
final class JwtClaims {

  /** The issuer every upsim token names. */
  static final String ISSUER = "upsim";

  /** U+2028 and U+2029, which JSON allows raw but JavaScript does not, so writers escape them. */
  private static final char LINE_SEPARATOR = 0x2028;

  private static final char PARAGRAPH_SEPARATOR = 0x2029;

  private JwtClaims() {}

  /**
   * The JSON object that carries {@code claims}, its members in the order above: an ordered map,
   * because nimbus' claims set and map payloads write their members in hash order, which reads
   * poorly.
   */
  static Map<String, Object> toJson(TokenClaims claims) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("iss", ISSUER);
    json.put("sub", claims.workload().toString());
    json.put("project", claims.project());
    json.put("environment", claims.environment());
    if (claims.runId() != null) {
      json.put("run", claims.runId());
    }
    json.put("grants", grantTexts(claims.grants()));
    json.put("iat", claims.issuedAt().getEpochSecond());
    json.put("exp", claims.expiresAt().getEpochSecond());
    json.put("jti", claims.tokenId());
    return json;
  }

  /**
   * The JSON text of {@link #toJson}, written directly: the same bytes as nimbus's writer (compact,
   * HTML characters kept, quotes, backslashes, control characters and U+2028/U+2029 escaped), at a
   * fraction of its cost, since every token is signed over it.
   */
  static String toJsonText(TokenClaims claims) {
    StringBuilder json = new StringBuilder(256);
    json.append("{\"iss\":");
    string(json, ISSUER);
    string(member(json, "sub"), claims.workload().toString());
    string(member(json, "project"), claims.project());
    string(member(json, "environment"), claims.environment());
    if (claims.runId() != null) {
      string(member(json, "run"), claims.runId());
    }
    member(json, "grants").append('[');
    String separator = "";
    for (String grant : grantTexts(claims.grants())) {
      string(json.append(separator), grant);
      separator = ",";
    }
    json.append(']');
    member(json, "iat").append(claims.issuedAt().getEpochSecond());
    member(json, "exp").append(claims.expiresAt().getEpochSecond());
    string(member(json, "jti"), claims.tokenId());
    return json.append('}').toString();
  }

  private static StringBuilder member(StringBuilder json, String name) {
    return json.append(",\"").append(name).append("\":");
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escape(c);
      if (escaped == null) {
        json.append(c);
      } else {
        json.append(escaped);
      }
    }
    json.append('"');
  }

  private static String escape(char c) {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\t':
        return "\\t";
      case '\b':
        return "\\b";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\f':
        return "\\f";
      case LINE_SEPARATOR:
      case PARAGRAPH_SEPARATOR:
        return String.format("\\u%04x", (int) c);
      default:
        return c < 0x20 ? String.format("\\u%04x", (int) c) : null;
    }
  }

  /** The claims that {@code jwt} carries, or a parse error naming the first claim that is wrong. */
  static TokenClaims fromJwt(JWTClaimsSet jwt) throws ParseException {
    if (!ISSUER.equals(jwt.getIssuer())) {
      throw problem("the issuer (iss) must be " + ISSUER + ", not " + jwt.getIssuer());
    }
    return new TokenClaims(
        required(jwt, "project"),
        required(jwt, "environment"),
        workload(jwt.getSubject()),
        jwt.getStringClaim("run"),
        grants(jwt.getStringListClaim("grants")),
        time(jwt.getIssueTime(), "iat"),
        time(jwt.getExpirationTime(), "exp"),
        required(jwt, "jti"));
  }

  private static List<String> grantTexts(Set<Grant> grants) {
    List<String> texts = new ArrayList<>();
    for (Grant grant : new TreeSet<>(grants)) {
      texts.add(grant.toString());
    }
    return texts;
  }

  private static String required(JWTClaimsSet jwt, String name) throws ParseException {
    String value = jwt.getStringClaim(name);
    if (value == null || value.isBlank()) {
      throw problem("the claim " + name + " is missing");
    }
    return value;
  }

  private static WorkloadId workload(String subject) throws ParseException {
    if (subject == null) {
      throw problem("the subject (sub) is missing");
    }
    return WorkloadId.parse(subject)
        .orElseThrow(() -> problem("the subject (sub) " + subject + " names no workload"));
  }

  private static Set<Grant> grants(List<String> texts) throws ParseException {
    if (texts == null) {
      throw problem("the claim grants is missing");
    }
    Set<Grant> grants = new TreeSet<>();
    for (String text : texts) {
      grants.add(Grant.parse(text).orElseThrow(() -> problem("unknown grant " + text)));
    }
    return grants;
  }

  private static Instant time(Date date, String name) throws ParseException {
    if (date == null) {
      throw problem("the claim " + name + " is missing");
    }
    return date.toInstant();
  }

  private static ParseException problem(String message) {
    return new ParseException(message, 0);
  }
}
