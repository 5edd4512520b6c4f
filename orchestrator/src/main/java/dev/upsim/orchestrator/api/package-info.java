/**
 * The environment API of PLATFORM.md section 5 as an actor, {@link
 * dev.upsim.orchestrator.api.PlatformApi}, whose input and output are shaped like HTTP ({@link
 * dev.upsim.orchestrator.api.ApiRequest}, {@link dev.upsim.orchestrator.api.ApiResponse}) so that a
 * server can forward real requests unchanged. The plain classes beside it match paths ({@link
 * dev.upsim.orchestrator.api.ApiRoutes}), read run bodies ({@link
 * dev.upsim.orchestrator.api.RunRequestBody}) and write JSON ({@link
 * dev.upsim.orchestrator.api.ApiJson}); they are tested without actors.
 */
package dev.upsim.orchestrator.api;
