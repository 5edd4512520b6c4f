package dev.upsim.orchestrator.http;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a request to a proxy's {@code POST /oauth2/token} as the client-credentials grant of RFC
 * 6749 section 4.4: a form holding {@code grant_type=client_credentials} and, optionally, the
 * lifetime asked for as {@code x-token-ttl} (a form field or a header). Client credentials ({@code
 * client_id}, {@code client_secret}, Basic authentication) are accepted and ignored: the container
 * a request reaches is the client, as on the platform.
 */
final class TokenRequest {

  /** The only grant type a proxy issues tokens for. */
  static final String CLIENT_CREDENTIALS = "client_credentials";

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String TTL = "x-token-ttl";
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");
  private static final String HOW = "send grant_type=client_credentials as a form (" + FORM + ")";

  private TokenRequest() {}

  /** The result of reading a token request. */
  sealed interface Parsed permits Valid, Invalid {}

  /** A well-formed request, asking for {@code ttlSeconds} (null: the default lifetime). */
  record Valid(Long ttlSeconds) implements Parsed {}

  /**
   * A request the proxy refuses before asking for a token.
   *
   * @param error the RFC 6749 section 5.2 error code
   * @param description what was wrong and what would be valid
   */
  record Invalid(String error, String description) implements Parsed {}

  /**
   * Reads a request whose body of media type {@code mediaType} is {@code body}, with the {@code
   * x-token-ttl} header's value {@code ttlHeader} (null when absent).
   */
  static Parsed parse(String mediaType, String body, String ttlHeader) {
    if (body.isEmpty()) {
      return invalid("the request has no body: " + HOW);
    }
    if (!FORM.equals(mediaType.toLowerCase(Locale.ROOT))) {
      return invalid("the body is " + mediaType + ": " + HOW);
    }
    FormBody.Parsed form = FormBody.parse(body);
    if (form instanceof FormBody.Malformed malformed) {
      return invalid(malformed.problem() + ": " + HOW);
    }
    return fields(((FormBody.Fields) form).values(), ttlHeader);
  }

  private static Parsed fields(Map<String, String> fields, String ttlHeader) {
    String grantType = fields.get("grant_type");
    if (grantType == null || grantType.isEmpty()) {
      return invalid("grant_type is missing: " + HOW);
    }
    if (!CLIENT_CREDENTIALS.equals(grantType)) {
      String why = "grant type '" + grantType + "' is not supported: a proxy issues tokens for";
      return new Invalid("unsupported_grant_type", why + " grant_type=client_credentials only");
    }
    return ttl(fields.get(TTL), ttlHeader);
  }

  private static Parsed ttl(String field, String header) {
    if (field != null && header != null && !field.strip().equals(header.strip())) {
      return invalid(TTL + " is " + header + " as a header but " + field + " as a form field");
    }
    String asked = field != null ? field.strip() : header == null ? null : header.strip();
    if (asked == null) {
      return new Valid(null);
    }
    if (!WHOLE_NUMBER.matcher(asked).matches()) {
      return invalid(
          TTL + " must be a whole number of seconds, such as 300; it was '" + asked + "'");
    }
    return new Valid(seconds(asked));
  }

  /** The number of seconds {@code digits} says; past the range of a long, the longest there is. */
  private static long seconds(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  private static Invalid invalid(String description) {
    return new Invalid("invalid_request", description);
  }
}
