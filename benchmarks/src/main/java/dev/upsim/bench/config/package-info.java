/**
 * Configuration loading at scale: a large generated {@code .upsun} directory (hundreds of
 * applications, a thousand workers, thousands of tasks) loaded, validated and resolved, measured
 * beside a bare YAML parse of the same files in the same run.
 */
package dev.upsim.bench.config;
