package dev.upsim.orchestrator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.orchestrator.json.Json;
import java.util.List;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpHeader;
import org.apache.pekko.http.javadsl.model.HttpMethods;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.Allow;
import org.apache.pekko.http.javadsl.model.headers.CacheControl;
import org.apache.pekko.http.javadsl.model.headers.CacheDirectives;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;

/**
 * The answers of a proxy's token endpoint, as RFC 6749 shapes them: a token (section 5.1) or an
 * error (section 5.2), never cached; a rate-limited request gets 429 with an empty body, as on the
 * platform.
 */
final class OAuthResponses {

  /** Token answers must not be stored by any cache (RFC 6749 section 5.1). */
  private static final List<HttpHeader> NOT_STORED =
      List.of(
          CacheControl.create(CacheDirectives.NO_STORE), RawHeader.create("Pragma", "no-cache"));

  /**
   * The start of every token answer, made once: converting the header list for each answer was 2%
   * of the request threads' time under load.
   */
  private static final HttpResponse TOKEN = HttpResponse.create().withHeaders(NOT_STORED);

  private OAuthResponses() {}

  /**
   * The 200 answer carrying {@code issued}, signed here on the caller's thread. The body is written
   * by hand, the hottest path of serve: a compact JWT holds only Base64url characters and dots,
   * which JSON needs no escape for.
   */
  static HttpResponse token(TokenIssued issued) {
    String body =
        "{\"access_token\":\""
            + issued.accessToken()
            + "\",\"token_type\":\"bearer\",\"expires_in\":"
            + issued.expiresIn()
            + "}";
    return TOKEN.withEntity(ContentTypes.APPLICATION_JSON, body);
  }

  /** An error answer of {@code status} with RFC 6749 code {@code error}. */
  static HttpResponse error(int status, String error, String description) {
    ObjectNode body = Json.object();
    body.put("error", error);
    body.put("error_description", printable(description));
    return HttpResponse.create()
        .withStatus(StatusCodes.get(status))
        .withHeaders(NOT_STORED)
        .withEntity(ContentTypes.APPLICATION_JSON, Json.text(body));
  }

  /** The 405 answer to another method than POST on the token endpoint. */
  static HttpResponse wrongMethod(String method) {
    String why = method + " is not allowed on /oauth2/token: use POST";
    return error(405, "invalid_request", why).addHeader(Allow.create(HttpMethods.POST));
  }

  /** The 429 answer: an empty body, as the platform sends. */
  static HttpResponse rateLimited() {
    return HttpResponse.create().withStatus(StatusCodes.TOO_MANY_REQUESTS).withHeaders(NOT_STORED);
  }

  /**
   * {@code text} with every character RFC 6749 forbids in an error description (anything but
   * printable ASCII other than {@code "} and {@code \}) replaced by {@code ?}, since it may quote
   * what the client sent.
   */
  static String printable(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c >= 0x20 && c <= 0x7e && c != '"' && c != '\\';
      kept.append(allowed ? c : '?');
    }
    return kept.toString();
  }
}
