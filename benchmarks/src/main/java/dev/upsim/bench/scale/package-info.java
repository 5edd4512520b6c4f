/**
 * Scale runs: plain programs, not JMH, that spawn many containers' actors across many environments,
 * ask each for a token, and report the time taken and the live heap per container after full
 * collections. bench/scale.sh runs them at growing sizes, one JVM per size.
 */
package dev.upsim.bench.scale;
