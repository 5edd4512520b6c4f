/**
 * Plumbing that the project's actors share: here, in the lowest module, because the auth proxy
 * needs it as much as the orchestrator's containers do.
 */
package dev.upsim.auth.actor;
