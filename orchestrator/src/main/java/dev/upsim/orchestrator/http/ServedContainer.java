package dev.upsim.orchestrator.http;

import dev.upsim.orchestrator.container.ContainerView;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container as {@code upsim serve} shows it: the running container and the address of its proxy.
 *
 * @param proxyUrl the proxy's base URL, such as {@code http://127.0.0.2:8200}
 * @param fallback true when the container's own loopback address could not be bound and its proxy
 *     listens on a port of 127.0.0.1 instead
 */
public record ServedContainer(ContainerView view, String proxyUrl, boolean fallback) {

  /** The variable that tells a program in the container where its proxy listens. */
  public static final String PROXY_URL_VARIABLE = "UPSIM_PROXY_URL";

  /** The container's id as scenarios name it: {@code app:admin}, {@code task:export}. */
  public String id() {
    return view.workload().toString();
  }

  /** The container's environment. */
  public String environment() {
    return view.environment();
  }

  /**
   * The environment variables a program in the container sees: the platform's, the configuration's,
   * {@code UPSIM_API_URL}, and where its proxy listens as {@code UPSIM_PROXY_URL}.
   */
  public Map<String, String> variables() {
    Map<String, String> variables = new TreeMap<>(view.variables());
    variables.put(PROXY_URL_VARIABLE, proxyUrl);
    return variables;
  }

  /** The URL of the proxy's token endpoint. */
  public String tokenUrl() {
    return proxyUrl + "/oauth2/token";
  }
}
