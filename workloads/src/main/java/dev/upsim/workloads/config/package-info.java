/**
 * What a project's {@code .upsun} configuration declares, and how it is loaded and validated:
 * {@link dev.upsim.workloads.config.ConfigLoader#load} reads a file, a {@code .upsun} directory or
 * a project root into a {@link dev.upsim.workloads.config.ProjectConfig} (applications with their
 * workers and crons, and tasks), or rejects it with every {@link
 * dev.upsim.workloads.config.ConfigError} at once, each naming file, line, column, key path, the
 * problem and what would be valid. Which keys are checked follows one rule, so that a real
 * project's configuration loads as it is: the parts upsim models are closed, and an unknown key in
 * them is an error ("Unknown key", with the nearest valid key when it looks like a typo); the parts
 * it does not model are free and their keys are accepted unread. Closed: the top level ({@code
 * applications}, {@code services}, {@code routes}, {@code tasks}), a worker (the keys a worker may
 * set; {@code crons}, {@code hooks}, {@code build} and {@code dependencies} are refused), a cron
 * and its {@code commands}, a task with its {@code run}, {@code source} and {@code hooks}, and each
 * {@code authorizations} entry. Free: an application's own level (only {@code authorizations},
 * {@code variables.env}, {@code workers} and {@code crons} are read), {@code services}, {@code
 * routes}, a worker's {@code commands} besides {@code start}, and the values of unmodeled keys such
 * as {@code mounts}, {@code relationships}, {@code web} or {@code hooks} of an application.
 */
package dev.upsim.workloads.config;
