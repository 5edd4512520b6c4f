/**
 * What a scenario run shows people and machines: the console timeline, grouped under the step that
 * caused each event, with decisions explained in plain words; JUnit XML for CI servers; the trace
 * as JSON lines; and a Mermaid sequence diagram that renders on GitHub. Every renderer is a plain
 * class over values (trace events, scenario results), tested without running anything.
 */
package dev.upsim.orchestrator.report;
