/**
 * {@code upsim serve}: the simulation over real HTTP on loopback, so that real programs and real
 * client libraries can be pointed at it. {@link dev.upsim.orchestrator.http.UpsimServer} starts a
 * simulation and, on an actor system of its own, the environment API on 127.0.0.1 (every call of
 * PLATFORM.md section 5, forwarded to the simulation as an HTTP-shaped request, plus the public
 * keys and upsim's own {@code /__upsim} endpoints) and one auth proxy per running container, each
 * on a loopback address of its own, answering {@code POST /oauth2/token} as RFC 6749 asks. Task
 * runs get a proxy while they run. Calls to the simulation's blocking facade run on one thread of
 * their own; token requests go straight to the container's proxy actor.
 */
package dev.upsim.orchestrator.http;
