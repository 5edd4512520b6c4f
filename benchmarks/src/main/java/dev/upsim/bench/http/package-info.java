/**
 * The yardstick of the HTTP load runs: a minimal Pekko HTTP server with one constant route, which
 * bench/http.sh loads with wrk beside {@code upsim serve}'s token and API endpoints in the same
 * run, so that upsim's figures read as a share of what the HTTP layer alone can do here.
 */
package dev.upsim.bench.http;
