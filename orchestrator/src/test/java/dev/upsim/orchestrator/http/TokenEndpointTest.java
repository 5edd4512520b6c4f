package dev.upsim.orchestrator.http;

import static dev.upsim.orchestrator.http.Served.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PLATFORM.md section 4 over real HTTP: each container's POST /oauth2/token. */
class TokenEndpointTest {

  private static final String GRANT = "grant_type=client_credentials";

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
  void aClientCredentialsRequestGetsABearerTokenThatIsNeverCached() {
    HttpResponse<String> answer = served.postForm(adminTokenUrl(), GRANT);
    JsonNode body = json(answer);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(answer.headers().firstValue("Pragma")).hasValue("no-cache");
    assertThat(body.get("token_type").asText()).isEqualTo("bearer");
    assertThat(body.get("expires_in").asLong()).isEqualTo(60);
    assertThat(body.get("access_token").asText().split("\\.")).hasSize(3);
  }

  @Test
  void eachContainersTokenCarriesItsOwnWorkloadAndGrants() {
    JsonNode admin = claims(served.token("app:admin"));
    JsonNode reporter = claims(served.token("worker:admin/reporter"));

    assertThat(admin.get("sub").asText()).isEqualTo("app:admin");
    assertThat(admin.get("grants").toString())
        .isEqualTo("[\"env:view\",\"task:operate:export\",\"task:operate:reindex\"]");
    assertThat(reporter.get("sub").asText()).isEqualTo("worker:admin/reporter");
    assertThat(reporter.get("grants").toString()).isEqualTo("[\"env:view\"]");
  }

  @Test
  void theLifetimeAskedForInTheHeaderIsGranted() {
    HttpResponse<String> answer =
        served.send(form(adminTokenUrl(), GRANT).header("x-token-ttl", "300"));

    assertThat(json(answer).get("expires_in").asLong()).isEqualTo(300);
  }

  @Test
  void theLifetimeAskedForInTheFormIsGranted() {
    HttpResponse<String> answer = served.postForm(adminTokenUrl(), GRANT + "&x-token-ttl=120");

    assertThat(json(answer).get("expires_in").asLong()).isEqualTo(120);
  }

  @Test
  void aLifetimePastTheMaximumIsCutToIt() {
    HttpResponse<String> answer = served.postForm(adminTokenUrl(), GRANT + "&x-token-ttl=5000");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json(answer).get("expires_in").asLong()).isEqualTo(900);
  }

  @Test
  void aLifetimeOfZeroIsAnInvalidRequest() {
    HttpResponse<String> answer = served.postForm(adminTokenUrl(), GRANT + "&x-token-ttl=0");

    assertOAuthError(answer, 400, "invalid_request");
    assertThat(json(answer).get("error_description").asText()).contains("positive number");
  }

  @Test
  void clientCredentialsAreAcceptedAndIgnored() {
    String basic =
        Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> withBasic =
        served.send(form(adminTokenUrl(), GRANT).header("Authorization", "Basic " + basic));
    HttpResponse<String> withPost =
        served.postForm(adminTokenUrl(), GRANT + "&client_id=admin&client_secret=s3cret");
    HttpResponse<String> withGarbage =
        served.send(form(adminTokenUrl(), GRANT).header("Authorization", "garbage !!"));

    assertThat(withBasic.statusCode()).isEqualTo(200);
    assertThat(withPost.statusCode()).isEqualTo(200);
    assertThat(withGarbage.statusCode()).isEqualTo(200);
  }

  @Test
  void anotherGrantTypeIsUnsupported() {
    HttpResponse<String> answer =
        served.postForm(adminTokenUrl(), "grant_type=authorization_code&code=abc");

    assertOAuthError(answer, 400, "unsupported_grant_type");
  }

  @Test
  void aRequestWithoutAGrantTypeIsInvalid() {
    assertOAuthError(served.postForm(adminTokenUrl(), "scope=everything"), 400, "invalid_request");
  }

  @Test
  void aJsonBodyIsAnInvalidRequest() {
    HttpResponse<String> answer =
        served.send(
            HttpRequest.newBuilder(URI.create(adminTokenUrl()))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"grant_type\": \"client_credentials\"}")));

    assertOAuthError(answer, 400, "invalid_request");
    assertThat(json(answer).get("error_description").asText()).contains("application/json");
  }

  @Test
  void aRequestWithoutABodyIsAnInvalidRequest() {
    HttpResponse<String> answer =
        served.send(
            HttpRequest.newBuilder(URI.create(adminTokenUrl())).POST(BodyPublishers.noBody()));

    assertOAuthError(answer, 400, "invalid_request");
  }

  @Test
  void anotherMethodIsAnsweredWith405AndAllowPost() {
    for (String method : new String[] {"GET", "PUT", "DELETE", "PATCH"}) {
      HttpResponse<String> answer =
          served.send(
              HttpRequest.newBuilder(URI.create(adminTokenUrl()))
                  .method(method, BodyPublishers.noBody()));

      assertOAuthError(answer, 405, "invalid_request");
      assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
    }
  }

  @Test
  void anUnknownPathIsAnswered404InTheOAuthShape() {
    String proxy = served.server.container("app:admin", "main").proxyUrl();
    for (String path : new String[] {"/", "/oauth2/authorize", "/oauth2/token/extra"}) {
      assertOAuthError(served.postForm(proxy + path, GRANT), 404, "invalid_request");
    }
  }

  @Test
  void aBodyLargerThanTheCapIsRefusedWith413() {
    String large = GRANT + "&padding=" + "x".repeat(70 * 1024);

    assertOAuthError(served.postForm(adminTokenUrl(), large), 413, "invalid_request");
  }

  @Test
  void aCallWithATokenFromHttpIsTracedWithTheTokensId() {
    String token = served.token("worker:admin/mailer");
    served.get(Served.MAIN, token);
    String trace = served.get("/__upsim/trace", null).body();

    assertThat(trace)
        .contains("\"source\":\"http\",\"target\":\"api\",\"kind\":\"api-requested\"")
        .contains("\"token_id\":\"" + claims(token).get("jti").asText() + "\"");
  }

  private static String adminTokenUrl() {
    return served.tokenUrl("app:admin");
  }

  private static HttpRequest.Builder form(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString(body));
  }

  static void assertOAuthError(HttpResponse<String> answer, int status, String error) {
    assertThat(answer.statusCode()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(json(answer).get("error").asText()).isEqualTo(error);
    assertThat(json(answer).get("error_description").asText()).isNotBlank();
  }

  static JsonNode claims(String token) {
    String payload = token.split("\\.")[1];
    String text = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    return json(text);
  }
}
