/**
 * The start-up floor under upsim: a program that starts and stops a bare Pekko actor system with
 * upsim's own configuration and logging, which bench/startup.sh times beside {@code java -version}
 * and {@code upsim run}, so that the share of upsim's start-up that belongs to the actor system
 * alone is measured rather than guessed. Its classes go into a jar of their own, since the
 * benchmarks jar carries a logback.xml that would replace upsim's logging set-up.
 */
package dev.upsim.bench.startup;
