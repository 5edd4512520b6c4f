/**
 * How a token carries a workload's grants: the claims, the compact JWT they are signed into, and
 * the key of each environment, derived from the run's seed so that tokens repeat byte for byte.
 * Reading a token checks only its form and signature, and says when it was signed by another
 * environment's key; expiry, place and grants are the token check's business. HS256 with a secret
 * per environment is the default, Ed25519 with published public keys the alternative.
 */
package dev.upsim.auth.token;
