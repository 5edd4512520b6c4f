package dev.upsim.orchestrator.http;

import java.util.Map;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Logs each request a server refuses, once, at WARN, with its reason: for operators, who want to
 * know why a client got a 4xx without reading the body. Who refused (the API, or a proxy with its
 * environment and workload) goes in the MDC, not in the text.
 */
final class Refusals {

  private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

  private final Map<String, String> context;

  /** Refusals of the server that {@code context} names, such as {@code server=api}. */
  Refusals(Map<String, String> context) {
    this.context = Map.copyOf(context);
  }

  /** Logs that {@code request} was answered {@code status} for {@code reason}: {@code why}. */
  void refused(HttpRequest request, int status, String reason, String why) {
    context.forEach(MDC::put);
    try {
      String line = request.method().name() + " " + request.getUri().path();
      LOG.warn("refused {} with {} {}: {}", line, status, reason, why);
    } finally {
      context.keySet().forEach(MDC::remove);
    }
  }
}
