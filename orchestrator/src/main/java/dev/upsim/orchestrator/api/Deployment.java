package dev.upsim.orchestrator.api;

import dev.upsim.workloads.config.ProjectConfig;
import java.time.Instant;

/** One deployment of an environment: which configuration went live, and when. */
public record Deployment(int number, Instant deployedAt, ProjectConfig config) {}
