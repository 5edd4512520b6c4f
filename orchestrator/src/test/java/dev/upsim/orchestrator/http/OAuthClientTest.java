package dev.upsim.orchestrator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real OAuth 2.0 client library (the Nimbus OAuth 2.0 SDK) gets tokens from a proxy with the
 * client-credentials grant, sending client credentials as real clients do, and reads the answers as
 * standard token and error responses.
 */
class OAuthClientTest {

  private static final ClientID CLIENT = new ClientID("my-app");
  private static final Secret SECRET = new Secret("not-checked");

  private static Served served;

  @BeforeAll
  static void serve() {
    served = Served.academy();
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void theClientCredentialsGrantWithBasicAuthenticationGetsABearerToken() throws Exception {
    com.nimbusds.oauth2.sdk.TokenRequest request =
        new com.nimbusds.oauth2.sdk.TokenRequest.Builder(
                tokenEndpoint(),
                new ClientSecretBasic(CLIENT, SECRET),
                new ClientCredentialsGrant())
            .build();

    TokenResponse response = TokenResponse.parse(request.toHTTPRequest().send());

    assertThat(response.indicatesSuccess()).isTrue();
    AccessToken token = ((AccessTokenResponse) response).getTokens().getAccessToken();
    assertThat(token.getType()).isEqualTo(AccessTokenType.BEARER);
    assertThat(token.getLifetime()).isEqualTo(60);
    assertThat(served.get(Served.MAIN, token.getValue()).statusCode()).isEqualTo(200);
  }

  @Test
  void theClientCredentialsGrantWithCredentialsInTheFormAsksForALifetime() throws Exception {
    com.nimbusds.oauth2.sdk.TokenRequest request =
        new com.nimbusds.oauth2.sdk.TokenRequest.Builder(
                tokenEndpoint(), new ClientSecretPost(CLIENT, SECRET), new ClientCredentialsGrant())
            .customParameter("x-token-ttl", "600")
            .build();

    TokenResponse response = TokenResponse.parse(request.toHTTPRequest().send());

    assertThat(response.indicatesSuccess()).isTrue();
    assertThat(response.toSuccessResponse().getTokens().getAccessToken().getLifetime())
        .isEqualTo(600);
  }

  @Test
  void anotherGrantIsAStandardUnsupportedGrantTypeError() throws Exception {
    com.nimbusds.oauth2.sdk.TokenRequest request =
        new com.nimbusds.oauth2.sdk.TokenRequest.Builder(
                tokenEndpoint(),
                new ClientSecretBasic(CLIENT, SECRET),
                new RefreshTokenGrant(new RefreshToken("r")))
            .build();

    TokenResponse response = TokenResponse.parse(request.toHTTPRequest().send());

    assertThat(response.indicatesSuccess()).isFalse();
    ErrorObject error = response.toErrorResponse().getErrorObject();
    assertThat(error.getCode()).isEqualTo("unsupported_grant_type");
    assertThat(error.getHTTPStatusCode()).isEqualTo(400);
    assertThat(error.getDescription()).contains("client_credentials");
  }

  private static URI tokenEndpoint() {
    return URI.create(served.tokenUrl("app:admin"));
  }
}
