/**
 * The auth proxy of a container, its {@code localhost:8200}: an actor that issues tokens carrying
 * exactly its workload's resolved grants, with lifetimes and an optional rate limit on the
 * simulated clock, and the settings that the platform leaves open.
 */
package dev.upsim.auth.proxy;
