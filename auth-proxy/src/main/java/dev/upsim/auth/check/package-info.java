/**
 * The environment API's decision on a bearer token: a fixed sequence of checks (present, readable,
 * signed here, unexpired, run still alive, right place, needed grant held) whose first failure
 * names the reason and HTTP status, and an explanation in plain sentences that names the grants the
 * token carries and where the configuration declares them.
 */
package dev.upsim.auth.check;
