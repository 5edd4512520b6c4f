package dev.upsim.orchestrator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.auth.token.Signing;
import dev.upsim.auth.token.TokenCodecs;
import dev.upsim.orchestrator.json.Json;
import java.util.List;
import java.util.Optional;

/**
 * The public keys of every environment as one JSON Web Key Set, as {@code /.well-known/jwks.json}
 * publishes them. Each environment signs with a key of its own, named by its {@code kid}, so one
 * set serves tokens of every environment. HS256 secrets are never published: there is no set then.
 */
final class Jwks {

  private Jwks() {}

  /**
   * The key set of {@code environments} in {@code project}, whose keys {@code signing} derives from
   * {@code seed}; empty when the algorithm has no public keys.
   */
  static Optional<String> of(
      Signing signing, long seed, String project, List<String> environments) {
    ObjectNode set = Json.object();
    ArrayNode keys = set.putArray("keys");
    for (String environment : environments) {
      Optional<String> published =
          TokenCodecs.forEnvironment(signing, seed, project, environment).publicKeys();
      if (published.isEmpty()) {
        return Optional.empty();
      }
      keys.addAll((ArrayNode) read(published.get()).get("keys"));
    }
    return Optional.of(Json.text(set));
  }

  private static JsonNode read(String keySet) {
    try {
      return Json.read(keySet);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a codec published a key set that is not JSON", impossible);
    }
  }
}
