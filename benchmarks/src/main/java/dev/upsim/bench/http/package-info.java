/**
 * The yardsticks of the HTTP load runs: a minimal Pekko HTTP server with one constant route, and
 * one that does the work of upsim's token endpoint on its own HTTP threads, without the proxy
 * actor. bench/http.sh loads both with wrk beside {@code upsim serve}'s token and API endpoints in
 * the same run, so that upsim's figures read as a share of what the HTTP layer alone can do here,
 * and of what it does once it also signs.
 */
package dev.upsim.bench.http;
