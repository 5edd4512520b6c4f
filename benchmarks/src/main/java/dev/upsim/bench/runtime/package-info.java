/**
 * The simulation runtime under load, through its {@code Simulation} facade: tokens from a
 * container's proxy checked by the PlatformApi actor, chain hops (trigger, spawn, token, call), and
 * the configurations and programs that drive them.
 */
package dev.upsim.bench.runtime;
