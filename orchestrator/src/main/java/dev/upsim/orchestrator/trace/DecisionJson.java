package dev.upsim.orchestrator.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.auth.Grant;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.token.TokenClaims;
import java.util.Collection;

/** The JSON forms of a decision and its parts, shared by the trace and the API's error bodies. */
public final class DecisionJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DecisionJson() {}

  /** The whole decision: outcome, reason, needed grant, holdings, explanation and claims. */
  public static ObjectNode of(Decision decision) {
    ObjectNode node = NODES.objectNode();
    node.put("allowed", decision.allowed());
    node.put("reason", decision.reason() == null ? null : decision.reason().code());
    node.put("needed", decision.needed() == null ? null : decision.needed().toString());
    node.set("held", held(decision.held()));
    node.put("explanation", decision.explanation());
    if (decision.claims() != null) {
      node.set("claims", claims(decision.claims()));
    }
    return node;
  }

  /** Held grants with their origin and where they were declared. */
  public static ArrayNode held(Collection<HeldGrant> held) {
    ArrayNode list = NODES.arrayNode();
    for (HeldGrant grant : held) {
      ObjectNode entry = list.addObject();
      entry.put("grant", grant.grant().toString());
      entry.put("origin", grant.origin().word());
      entry.put("declared_at", grant.declaredAt().fileAndLine());
    }
    return list;
  }

  /** A token's claims, as far as they explain a decision. */
  public static ObjectNode claims(TokenClaims claims) {
    ObjectNode node = NODES.objectNode();
    node.put("project", claims.project());
    node.put("environment", claims.environment());
    node.put("workload", claims.workload().toString());
    node.put("run", claims.runId());
    node.set("grants", grants(claims.grants()));
    node.put("issued_at", claims.issuedAt().toString());
    node.put("expires_at", claims.expiresAt().toString());
    node.put("token_id", claims.tokenId());
    return node;
  }

  /** Grants in their text form. */
  public static ArrayNode grants(Collection<Grant> grants) {
    ArrayNode list = NODES.arrayNode();
    grants.forEach(grant -> list.add(grant.toString()));
    return list;
  }
}
