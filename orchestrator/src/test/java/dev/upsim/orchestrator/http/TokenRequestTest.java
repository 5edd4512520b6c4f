package dev.upsim.orchestrator.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a proxy reads a token request, before it asks for a token (RFC 6749 sections 4.4, 5.2). */
class TokenRequestTest {

  private static final String FORM = "application/x-www-form-urlencoded";

  @Test
  void theClientCredentialsGrantAloneAsksForTheDefaultLifetime() {
    assertThat(parse("grant_type=client_credentials", null))
        .isEqualTo(new TokenRequest.Valid(null));
  }

  @Test
  void theLifetimeMayBeAskedForAsAFormField() {
    assertThat(parse("grant_type=client_credentials&x-token-ttl=300", null))
        .isEqualTo(new TokenRequest.Valid(300L));
  }

  @Test
  void theLifetimeMayBeAskedForAsAHeader() {
    assertThat(parse("grant_type=client_credentials", "120"))
        .isEqualTo(new TokenRequest.Valid(120L));
  }

  @Test
  void theSameLifetimeInTheHeaderAndTheFormIsAccepted() {
    assertThat(parse("grant_type=client_credentials&x-token-ttl=120", "120"))
        .isEqualTo(new TokenRequest.Valid(120L));
  }

  @Test
  void differentLifetimesInTheHeaderAndTheFormAreRefused() {
    assertThat(invalid("grant_type=client_credentials&x-token-ttl=120", "60").description())
        .contains("60 as a header but 120 as a form field");
  }

  @Test
  void aLifetimeThatIsNotAWholeNumberIsRefused() {
    for (String ttl : new String[] {"abc", "-5", "1.5", "+3", ""}) {
      TokenRequest.Invalid refused = invalid("grant_type=client_credentials", ttl);
      assertThat(refused.error()).isEqualTo("invalid_request");
      assertThat(refused.description()).contains("whole number of seconds");
    }
  }

  @Test
  void aLifetimeTooLargeForALongAsksForTheLongestThereIs() {
    assertThat(parse("grant_type=client_credentials&x-token-ttl=99999999999999999999999", null))
        .isEqualTo(new TokenRequest.Valid(Long.MAX_VALUE));
  }

  @Test
  void clientCredentialsInTheFormAreAcceptedAndIgnored() {
    assertThat(parse("grant_type=client_credentials&client_id=app&client_secret=s3cret", null))
        .isEqualTo(new TokenRequest.Valid(null));
  }

  @Test
  void aMissingGrantTypeIsAnInvalidRequest() {
    TokenRequest.Invalid refused = invalid("scope=all", null);

    assertThat(refused.error()).isEqualTo("invalid_request");
    assertThat(refused.description()).startsWith("grant_type is missing");
  }

  @Test
  void anotherGrantTypeIsUnsupported() {
    TokenRequest.Invalid refused = invalid("grant_type=password&username=a&password=b", null);

    assertThat(refused.error()).isEqualTo("unsupported_grant_type");
    assertThat(refused.description()).contains("'password'").contains("client_credentials only");
  }

  @Test
  void aBodyThatIsNotAFormIsAnInvalidRequestNamingItsType() {
    TokenRequest.Parsed parsed =
        TokenRequest.parse("application/json", "{\"grant_type\":\"client_credentials\"}", null);

    assertThat(((TokenRequest.Invalid) parsed).description())
        .startsWith("the body is application/json");
  }

  @Test
  void theFormsMediaTypeIsReadInAnyCase() {
    assertThat(
            TokenRequest.parse(
                "Application/X-WWW-Form-Urlencoded", "grant_type=client_credentials", null))
        .isEqualTo(new TokenRequest.Valid(null));
  }

  @Test
  void anEmptyBodyIsAnInvalidRequest() {
    assertThat(invalid("", null).description()).startsWith("the request has no body");
  }

  @Test
  void aParameterGivenTwiceIsAnInvalidRequest() {
    assertThat(
            invalid("grant_type=client_credentials&grant_type=client_credentials", null)
                .description())
        .contains("names 'grant_type' more than once");
  }

  @Test
  void aMalformedPercentEscapeIsAnInvalidRequest() {
    assertThat(invalid("grant_type=client%zzcredentials", null).description())
        .contains("malformed percent escape");
  }

  @Test
  void percentEscapesAndPlusSignsAreDecoded() {
    assertThat(parse("grant%5Ftype=client%5Fcredentials&x-token-ttl=+30", null))
        .isEqualTo(new TokenRequest.Valid(30L));
  }

  private static TokenRequest.Parsed parse(String body, String ttlHeader) {
    return TokenRequest.parse(FORM, body, ttlHeader);
  }

  private static TokenRequest.Invalid invalid(String body, String ttlHeader) {
    TokenRequest.Parsed parsed = parse(body, ttlHeader);
    assertThat(parsed).isInstanceOf(TokenRequest.Invalid.class);
    return (TokenRequest.Invalid) parsed;
  }
}
