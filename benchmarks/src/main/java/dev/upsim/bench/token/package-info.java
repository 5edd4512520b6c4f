/**
 * Token throughput: a token issued by a container's auth-proxy actor and checked as the environment
 * API checks it, measured beside plain nimbus-jose-jwt HS256 signing and verifying in the same JMH
 * run, so that the figure that matters is a ratio, not a rate on a noisy machine.
 */
package dev.upsim.bench.token;
