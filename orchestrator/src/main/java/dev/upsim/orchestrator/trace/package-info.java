/**
 * The record of a simulation: one {@link dev.upsim.orchestrator.trace.TraceEvent} for every message
 * between containers, proxies and the API, every decision, activity change, spawn, stop, cron
 * firing, loop warning, failed expectation and deploy, numbered in the order they happened. Events
 * are values; rendering them for people is the reports' business. The JSON-lines form here exists
 * so that two runs can be compared byte for byte.
 */
package dev.upsim.orchestrator.trace;
