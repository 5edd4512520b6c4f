/**
 * JSON trees to compact text and back, for the trace, the simulated API's bodies and the HTTP
 * server. The trees are Jackson's {@code JsonNode}s; the reading and writing go through Jackson's
 * streaming parser and generator rather than an {@code ObjectMapper}, whose first use slows every
 * start of upsim (see {@link dev.upsim.orchestrator.json.Json}).
 */
package dev.upsim.orchestrator.json;
