// @ts-nocheck
// Generated from schemas/clnrm.schema.json by `npm run docs` (Ajv standalone code): do not edit.
// A test fails when this file does not match the committed schema.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const ERROR = {};
const CALL = { instancePath: "", parentData: undefined, parentDataProperty: undefined, rootData: undefined, dynamicAnchors: {} };

export const suite = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://clnrm.dev/schemas/clnrm.schema.json","title":"clnrm suite file (*.clnrm.toml)","description":"One suite: services, scenarios, chaos faults and expectations on OpenTelemetry spans.","type":"object","required":["meta","scenario"],"additionalProperties":false,"properties":{"meta":{"description":"What the suite is.","type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/identifier","description":"Suite name; names the report files (`<name>.report.json`, ...)."},"version":{"type":"string","description":"Free-form version of the suite."},"description":{"type":"string","description":"What the suite checks."},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Labels for filtering and reports."}}},"determinism":{"description":"Reproducibility: the seed of every random draw and the instant reported times start at.","type":"object","additionalProperties":false,"properties":{"seed":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Seed of every random choice (retry jitter, chaos timing and targets, failure-rate draws, ids). `--seed` overrides it; without either, a seed is drawn and printed."},"freeze_clock":{"type":"string","format":"date-time","description":"RFC 3339 instant (e.g. `2025-01-01T00:00:00Z`) at which reported times start, and the clock the containers' processes see (libfaketime, see `clock`); also passed as `CLNRM_FREEZE_CLOCK` and `SOURCE_DATE_EPOCH`."},"clock":{"enum":["advancing","frozen"],"default":"advancing","description":"With `freeze_clock`: the containers' wall clock starts at that instant when the run starts and runs on (`advancing`), or stands still at it (`frozen`). Monotonic clocks and timers are never changed. A service's `clock` overrides it."},"digest_exclude":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Extra span attribute keys left out of the trace digest (volatile values of your system)."}}},"vars":{"description":"Template variables. `{{ name }}` in any string value takes its value from `--var name=value`, else from the environment variable `name`, else from `[vars]`. A variable written `name = { value = \"...\", secret = true }` is secret: its value (and the value that replaces it from `--var` or the environment) is masked as `***` in every output, by value, also inside larger strings such as a templated command. Variables whose names look secret (TOKEN, PASSWORD, SECRET, KEY, CREDENTIAL, AUTH, PRIVATE) are masked without the marker.","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"$ref":"#/$defs/maybeSecret"}},"otel":{"description":"Where the runner's spans go besides the reports, and how the system under test exports its own.","type":"object","additionalProperties":false,"properties":{"exporter":{"enum":["none","stdout","otlp"],"default":"none","description":"Extra export of the run's spans: `stdout` prints them, `otlp` sends them to `endpoint`. Not set: `OTEL_TRACES_EXPORTER`, or `otlp` when an `OTEL_EXPORTER_OTLP_*ENDPOINT` variable is set, else none (docs/otel.md)."},"endpoint":{"type":"string","format":"uri","description":"OTLP/HTTP endpoint for `exporter = \"otlp\"` (`/v1/traces` is appended). Not set: the `OTEL_EXPORTER_OTLP_*ENDPOINT` variables, else http://localhost:4318."},"headers":{"type":"object","additionalProperties":{"type":"string"},"description":"Headers sent with OTLP exports, over those of `OTEL_EXPORTER_OTLP_HEADERS`."},"service_name":{"type":"string","default":"clnrm","description":"`service.name` of the runner's own spans. Not set: `OTEL_SERVICE_NAME`, else `clnrm`."},"resources":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra resource attributes of the runner's spans, over those of `OTEL_RESOURCE_ATTRIBUTES` (which apply to the export)."},"receiver":{"type":"boolean","default":true,"description":"Start the OTLP/HTTP receiver for spans of the system under test."},"receiver_max_spans":{"type":"integer","minimum":1,"maximum":20000000,"default":100000,"description":"Spans of the system under test the receiver keeps in the whole run (all scenarios' channels); every further span is dropped unjudged and counted, with the warning `clnrm.receiver.cap` on the scenario that hit it. Past 100 000 the spans are held as a span table (docs/otlp-receiver.md). A run of several files uses the largest value among them."}}},"limits":{"description":"Defaults for every service and a cap on the whole suite.","type":"object","additionalProperties":false,"properties":{"cpu_millicores":{"$ref":"#/$defs/cpuMillicores"},"memory_mb":{"$ref":"#/$defs/memoryMb"},"pids":{"type":"integer","minimum":1,"description":"Maximum number of processes per container."},"max_duration_seconds":{"type":"integer","minimum":1,"description":"The whole suite fails with a timeout after this many seconds."}}},"cleanup":{"description":"What happens to containers, networks and volumes after each scenario.","type":"object","additionalProperties":false,"properties":{"containers":{"enum":["always","on_success","never"],"default":"always","description":"`on_success` and `never` keep resources for debugging and print the command that removes them."},"verify_cleanup":{"type":"boolean","default":true,"description":"After removal, list the engine's resources with the scenario's labels; anything left is reported as a leak."},"timeout_ms":{"$ref":"#/$defs/durationMs","default":30000,"description":"Time allowed for cleanup of one scenario."}}},"report":{"description":"Which reports `clnrm run` writes and where.","type":"object","additionalProperties":false,"properties":{"dir":{"type":"string","minLength":1,"default":".clnrm/reports","description":"Directory of the reports (relative to the working directory). `--report-dir` overrides it."},"formats":{"type":"array","items":{"enum":["json","junit","digest","cleanup","html"]},"uniqueItems":true,"default":["json","junit","digest","cleanup","html"],"description":"Reports to write: `<suite>.report.json`, `<suite>.junit.xml`, `<suite>.trace.sha256` (+ canonical trace), `<suite>.cleanup.json`, `<suite>.html` (+ `index.html` over a multi-suite run)."}}},"network":{"description":"The per-scenario network.","type":"object","additionalProperties":false,"properties":{"egress":{"type":"boolean","default":false,"description":"Allow containers to reach the outside world. By default each scenario's network is internal: services reach only each other, by service name. Either way the host itself stays closed except for this scenario's OTLP receiver and the `allow` entries (see docs/isolation.md)."},"allow":{"type":"array","default":[],"uniqueItems":true,"description":"Deliberate holes to the host: ports of the engine's host that this suite's containers may connect to through their network's gateway (see docs/isolation.md).","items":{"type":"string","pattern":"^host:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(/(tcp|udp))?$","description":"`host:PORT` (TCP) or `host:PORT/udp`, PORT from 1 to 65535, e.g. `host:5432`."}}}},"chaos":{"description":"Suite-wide chaos settings.","type":"object","additionalProperties":false,"properties":{"preset":{"enum":["none","gentle","aggressive"],"default":"none","description":"Expands into catalogue faults applied to every scenario. `--chaos` overrides it."}}},"game_day":{"description":"The suite is a game day (docs/experiments.md#game-days): each scenario with a `hypothesis` tests one, its expectations and KPI bounds are the success criteria, and the reports get a game-day section.","type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"description":"Name of the game day in the reports."},"description":{"type":"string","description":"What the game day exercises."}}},"service":{"description":"Containers started for each scenario, keyed by service name (the name is also its host name on the scenario network).","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"$ref":"#/$defs/service"}},"proxy":{"description":"TCP fault proxies (Toxiproxy style), keyed by name; point the system under test at `NAME:listen` instead of the upstream.","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"$ref":"#/$defs/proxy"}},"scenario":{"description":"The scenarios, run in order (or in parallel with `--jobs`); each gets its own network and services.","type":"array","minItems":1,"items":{"$ref":"#/$defs/scenario"}},"expect":{"$ref":"#/$defs/expect","description":"Expectations checked against the whole file's trace."}},"$defs":{"identifier":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","maxLength":128,"description":"Letters, digits, `_`, `.`, `-`; starts with a letter or digit."},"durationMs":{"type":"integer","minimum":0,"maximum":86400000,"description":"Milliseconds."},"memoryMb":{"type":"integer","minimum":6,"maximum":1048576,"description":"Memory limit in MiB (at least 6, the engine's minimum)."},"cpuMillicores":{"type":"integer","minimum":1,"maximum":1024000,"description":"CPU limit in millicores (1000 = one core)."},"command":{"description":"A shell string (run with `sh -c`) or an argv array (run without a shell).","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string"}}]},"maybeSecret":{"description":"A string, number or boolean, or `{ value = ..., secret = true }` for a secret.","oneOf":[{"type":["string","number","boolean"]},{"type":"object","additionalProperties":false,"required":["value","secret"],"properties":{"value":{"type":["string","number","boolean"],"description":"The value."},"secret":{"type":"boolean","description":"true: the value is masked as `***` in every output (reports, traces, exports, console, logs, errors)."}}}]},"envMap":{"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"$ref":"#/$defs/maybeSecret"},"description":"Environment variables: `NAME = \"value\"`, or `NAME = { value = \"...\", secret = true }` for a value that must never appear in clear in any output (values of names that look secret, such as TOKEN or PASSWORD, are masked too)."},"service":{"type":"object","required":["image"],"additionalProperties":false,"properties":{"image":{"type":"string","minLength":1,"description":"Image reference; pulled when missing, except `clnrm-fixture/NAME` images, which are built on this host (`bash scripts/build-fixtures.sh NAME`) and never pulled."},"args":{"$ref":"#/$defs/command","description":"Command of the container (replaces the image's CMD)."},"entrypoint":{"$ref":"#/$defs/command","description":"Entrypoint of the container."},"env":{"$ref":"#/$defs/envMap"},"ports":{"type":"array","items":{"type":"integer","minimum":1,"maximum":65535},"uniqueItems":true,"description":"Container ports the service listens on (reachable from the scenario network; not published on the host)."},"workdir":{"type":"string","minLength":1,"description":"Working directory in the container."},"user":{"type":"string","minLength":1,"description":"User (name or uid[:gid]) the container runs as."},"clock":{"enum":["advancing","frozen","real"],"description":"The wall clock this service's processes see when the suite sets `freeze_clock` (default: `[determinism] clock`); `real` leaves it alone."},"tmpfs":{"type":"object","additionalProperties":{"type":"string"},"description":"Mount points of tmpfs filesystems with their options, e.g. `{ \"/data\" = \"size=8m\" }`."},"capabilities":{"type":"array","items":{"type":"string","pattern":"^[A-Z_]+$"},"uniqueItems":true,"description":"Linux capabilities added to the engine's defaults, e.g. `[\"NET_ADMIN\"]`. Nothing else is added."},"privileged":{"type":"boolean","default":false,"description":"Run privileged. Never implied by anything else."},"limits":{"type":"object","additionalProperties":false,"description":"Resource limits (override `[limits]`).","properties":{"memory_mb":{"$ref":"#/$defs/memoryMb"},"cpu_millicores":{"$ref":"#/$defs/cpuMillicores"},"pids":{"type":"integer","minimum":1,"description":"Maximum number of processes."},"nofile":{"type":"integer","minimum":8,"maximum":1048576,"description":"Open-files limit (soft and hard `nofile` ulimit)."}}},"wait":{"type":"object","additionalProperties":false,"description":"Readiness: every condition given must hold before steps start.","properties":{"log":{"type":"string","minLength":1,"format":"regex","description":"Regular expression a log line must match."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port that must accept connections."},"command":{"$ref":"#/$defs/command","description":"Command run in the container that must exit 0."},"timeout_ms":{"$ref":"#/$defs/durationMs","default":30000,"description":"Time allowed to become ready."},"interval_ms":{"$ref":"#/$defs/durationMs","default":100,"description":"Polling interval for `port` and `command`."}}},"restart":{"enum":["no","on-failure","always"],"default":"no","description":"Restart policy the engine applies when the service's main process exits: `on-failure` after a non-zero exit (at most `restart_max_retries` times), `always` after any exit. A container the runner stops or kills through the engine (`kill_container`, `stop_container`) counts as stopped on purpose and is not restarted; `kill_process` of its main process is a crash. Restarts are recorded as `clnrm.service.restart` spans; check them with `[[scenario.expect.supervision]]`."},"restart_max_retries":{"type":"integer","minimum":1,"description":"With `restart = \"on-failure\"`: how many times the engine restarts the service before giving up (default: no limit)."},"depends_on":{"description":"Services that must be up before this one starts: a list of names (each must be `ready`: its `wait` conditions hold), or a table of name = `\"started\"` (its container runs) or `\"ready\"`. Services start in this order; a cycle is an error.","oneOf":[{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},{"type":"object","additionalProperties":{"enum":["started","ready"]}}]}}},"proxy":{"type":"object","required":["upstream"],"additionalProperties":false,"properties":{"listen":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the proxy listens on (host name: the proxy's name). Defaults to the upstream's port."},"upstream":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*:[0-9]{1,5}$","description":"`service:port` the proxy forwards to."}}},"retries":{"type":"object","additionalProperties":false,"required":["max"],"description":"Re-run a failed step.","properties":{"max":{"type":"integer","minimum":0,"maximum":100,"description":"Retries after the first attempt."},"backoff_ms":{"$ref":"#/$defs/durationMs","default":100,"description":"Wait before the first retry."},"factor":{"type":"number","minimum":1,"maximum":10,"default":2,"description":"Multiplier of the wait after each retry (exponential backoff)."},"max_backoff_ms":{"$ref":"#/$defs/durationMs","description":"Upper bound of a single wait."},"jitter":{"type":"number","minimum":0,"maximum":1,"default":0,"description":"Fraction of each wait drawn at random (from the seed) and added."}}},"timeoutStrategy":{"enum":["hard","graceful"],"default":"hard","description":"`hard`: SIGKILL at the deadline. `graceful`: SIGTERM, then SIGKILL after `grace_period_ms`."},"stepCommon":{"description":"Keys shared by a scenario's single `run` and by each of its `steps`.","type":"object","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service whose container the step runs in (exec)."},"image":{"type":"string","minLength":1,"description":"Run the step in a one-off container of this image instead of a service (present, pulled, or for `clnrm-fixture/NAME` built with `bash scripts/build-fixtures.sh NAME`)."},"env":{"$ref":"#/$defs/envMap"},"workdir":{"type":"string","minLength":1,"description":"Working directory of the step."},"timeout_ms":{"$ref":"#/$defs/durationMs","description":"The step is killed after this long. On a scenario with `run`, that single step's timeout, counted from the moment its process is observed running in the container; on a scenario with `steps`, the time allowed for all of them (scenario timeout), counted from the moment the first step's process is observed running."},"timeout_strategy":{"$ref":"#/$defs/timeoutStrategy"},"grace_period_ms":{"$ref":"#/$defs/durationMs","default":5000,"description":"Time between SIGTERM and SIGKILL for `graceful` timeouts."},"expect_exit_code":{"type":"integer","minimum":0,"maximum":255,"default":0,"description":"Exit code that counts as success."},"expected_output_regex":{"type":"string","format":"regex","description":"Regular expression stdout must match."},"continue_on_failure":{"type":"boolean","default":false,"description":"Run the following steps even when this one fails (the scenario still fails)."},"retries":{"$ref":"#/$defs/retries"}}},"step":{"type":"object","required":["name","run"],"properties":{"service":{"$ref":"#/$defs/identifier","description":"Service whose container the step runs in (exec)."},"image":{"type":"string","minLength":1,"description":"Run the step in a one-off container of this image instead of a service (present, pulled, or for `clnrm-fixture/NAME` built with `bash scripts/build-fixtures.sh NAME`)."},"env":{"$ref":"#/$defs/envMap"},"workdir":{"type":"string","minLength":1,"description":"Working directory of the step."},"timeout_ms":{"$ref":"#/$defs/durationMs","description":"The step is killed after this long. On a scenario with `run`, that single step's timeout, counted from the moment its process is observed running in the container; on a scenario with `steps`, the time allowed for all of them (scenario timeout), counted from the moment the first step's process is observed running."},"timeout_strategy":{"$ref":"#/$defs/timeoutStrategy"},"grace_period_ms":{"$ref":"#/$defs/durationMs","default":5000,"description":"Time between SIGTERM and SIGKILL for `graceful` timeouts."},"expect_exit_code":{"type":"integer","minimum":0,"maximum":255,"default":0,"description":"Exit code that counts as success."},"expected_output_regex":{"type":"string","format":"regex","description":"Regular expression stdout must match."},"continue_on_failure":{"type":"boolean","default":false,"description":"Run the following steps even when this one fails (the scenario still fails)."},"retries":{"$ref":"#/$defs/retries"},"name":{"$ref":"#/$defs/identifier","description":"Step name (span `clnrm.step:<name>`)."},"run":{"$ref":"#/$defs/command"},"expect_failure":{"type":"boolean","default":false,"description":"The step passes only if it fails."}},"additionalProperties":false},"scenario":{"type":"object","required":["name"],"properties":{"service":{"$ref":"#/$defs/identifier","description":"Service whose container the step runs in (exec)."},"image":{"type":"string","minLength":1,"description":"Run the step in a one-off container of this image instead of a service (present, pulled, or for `clnrm-fixture/NAME` built with `bash scripts/build-fixtures.sh NAME`)."},"env":{"$ref":"#/$defs/envMap"},"workdir":{"type":"string","minLength":1,"description":"Working directory of the step."},"timeout_ms":{"$ref":"#/$defs/durationMs","description":"The step is killed after this long. On a scenario with `run`, that single step's timeout, counted from the moment its process is observed running in the container; on a scenario with `steps`, the time allowed for all of them (scenario timeout), counted from the moment the first step's process is observed running."},"timeout_strategy":{"$ref":"#/$defs/timeoutStrategy"},"grace_period_ms":{"$ref":"#/$defs/durationMs","default":5000,"description":"Time between SIGTERM and SIGKILL for `graceful` timeouts."},"expect_exit_code":{"type":"integer","minimum":0,"maximum":255,"default":0,"description":"Exit code that counts as success."},"expected_output_regex":{"type":"string","format":"regex","description":"Regular expression stdout must match."},"continue_on_failure":{"type":"boolean","default":false,"description":"Run the following steps even when this one fails (the scenario still fails)."},"retries":{"$ref":"#/$defs/retries"},"name":{"$ref":"#/$defs/identifier","description":"Scenario name (span `clnrm.scenario:<name>`); unique in the file."},"description":{"type":"string"},"hypothesis":{"type":"string","minLength":1,"description":"The game-day hypothesis this scenario tests (`[game_day]`), e.g. \"the api survives a restart with availability ≥ 50 %\"; its expectations and KPI bounds are the success criteria."},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true},"services":{"type":"array","items":{"$ref":"#/$defs/identifier"},"uniqueItems":true,"description":"Services started for this scenario (default: all of `[service.*]`)."},"run":{"$ref":"#/$defs/command","description":"A single step named after the scenario. Give `run` or `steps`, not both."},"steps":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/step"},"description":"Named steps run in order."},"deadline_ms":{"$ref":"#/$defs/durationMs","description":"Absolute deadline, counted from the moment the scenario's first step's process is observed running (service start-up is not counted); the running step is stopped there."},"expect_failure":{"type":"boolean","default":false,"description":"The scenario passes only if it fails (an unexpected success is a failure)."},"artifacts":{"type":"object","additionalProperties":false,"properties":{"collect":{"type":"array","items":{"enum":["logs","spans","inspect","spans:stdout"]},"uniqueItems":true,"description":"Artifacts written to the report directory."}}},"chaos_injection":{"$ref":"#/$defs/fault","description":"One fault (shorthand for a one-element `chaos`)."},"chaos":{"type":"array","items":{"$ref":"#/$defs/fault"},"description":"Faults injected during the scenario."},"expect":{"$ref":"#/$defs/expect","description":"Expectations checked against this scenario's span subtree."},"steady_state":{"$ref":"#/$defs/steadyState","description":"The steady-state hypothesis: probes that say the system is healthy, checked before the faults, sampled while they run, and required again after they are reverted (docs/experiments.md)."},"monkey":{"$ref":"#/$defs/monkey","description":"Monkey mode: faults drawn from the seed at every `interval_ms` over `duration_ms`, each tick firing with `probability`, of the given `types` on the given `targets`; the draws are planned like declared faults (docs/experiments.md#monkey)."}},"not":{"required":["run","steps"]},"additionalProperties":false},"target":{"description":"A service name, a list of names, or `random(N, [a, b, c])` drawn from the seed.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"$ref":"#/$defs/identifier"},"uniqueItems":true}]},"fault":{"type":"object","required":["type"],"properties":{"type":{"enum":["kill_container","stop_container","restart_container","pause_container","signal","kill_process","memory_pressure","cpu_throttle","disk_fill","fd_exhaustion","exit_code","timeout","syscall_error","slow_io","network_disconnect","partition","blackhole","reject","packet_loss","latency","bandwidth","slow_close","proxy_timeout","reset_peer","slicer","limit_data","http_error","http_slow","clock_skew","dns"],"description":"Fault kind (see the fault catalogue)."},"name":{"$ref":"#/$defs/identifier","description":"Label of the fault in spans and reports (default: its type)."},"target":{"$ref":"#/$defs/target"},"delay_ms":{"$ref":"#/$defs/durationMs","description":"Alias of `at_ms`."},"at_ms":{"$ref":"#/$defs/durationMs","description":"Inject this long after the anchor: 0 without `every_ms` or `step` applies the fault before the first step starts; otherwise it counts from the moment the first step's (or `step`'s) process is observed running (docs/chaos.md, Anchors)."},"duration_ms":{"$ref":"#/$defs/durationMs","description":"Revert the fault after this long (default: at scenario end)."},"every_ms":{"$ref":"#/$defs/durationMs","description":"Repeat the injection at this interval."},"count":{"type":"integer","minimum":1,"maximum":10000,"description":"Number of injections when repeating."},"probability":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Chance of each injection, drawn from the seed."},"step":{"$ref":"#/$defs/identifier","description":"Step the fault applies to (`exit_code`, `timeout`), or, for every other type, the step whose observed start `at_ms` counts from."}},"discriminator":{"propertyName":"type"},"oneOf":[{"properties":{"type":{"const":"kill_container"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"signal":true},"additionalProperties":false,"allOf":[{"description":"sends `signal` (default SIGKILL) to the target container","x-clnrm-targets":"service","properties":{"signal":{"$ref":"#/$defs/signalName"}}}]},{"properties":{"type":{"const":"stop_container"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"stop_timeout_ms":true},"additionalProperties":false,"allOf":[{"description":"stops the target (SIGTERM, then SIGKILL after `stop_timeout_ms`)","x-clnrm-targets":"service","properties":{"stop_timeout_ms":{"$ref":"#/$defs/durationMs","description":"Time between SIGTERM and SIGKILL."}}}]},{"properties":{"type":{"const":"restart_container"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true},"additionalProperties":false,"allOf":[{"description":"restarts the target","x-clnrm-targets":"service"}]},{"properties":{"type":{"const":"pause_container"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true},"additionalProperties":false,"allOf":[{"description":"freezes every process of the target; a step that runs in the target while it is paused waits for the unpause (`duration_ms`), or fails with reason `service_paused` naming the fault when the pause lasts until cleanup or a time limit comes first","x-clnrm-targets":"service"}]},{"properties":{"type":{"const":"signal"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"signal":true},"additionalProperties":false,"allOf":[{"description":"sends `signal` (default SIGTERM) to the target's main process","x-clnrm-targets":"service","properties":{"signal":{"$ref":"#/$defs/signalName"}}}]},{"properties":{"type":{"const":"kill_process"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"process":true,"signal":true},"additionalProperties":false,"allOf":[{"description":"kills the processes named `process` inside the target (`signal`, default SIGKILL)","x-clnrm-targets":"service","required":["process"],"properties":{"process":{"type":"string","minLength":1,"description":"Process name to match inside the container."},"signal":{"$ref":"#/$defs/signalName"}}}]},{"properties":{"type":{"const":"memory_pressure"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"memory_mb":true},"additionalProperties":false,"allOf":[{"description":"shrinks the target's live memory limit to `memory_mb` (default half its limit): reclaim, allocation failures or OOM kills follow","x-clnrm-targets":"service","properties":{"memory_mb":{"$ref":"#/$defs/memoryMb","description":"Live memory limit to shrink to (default: half of the service's limit)."}}}]},{"properties":{"type":{"const":"cpu_throttle"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"cpu_percent":true},"additionalProperties":false,"allOf":[{"description":"sets the target's live CPU quota to `cpu_percent` of one core","x-clnrm-targets":"service","required":["cpu_percent"],"properties":{"cpu_percent":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"CPU quota as a percentage of one core."}}}]},{"properties":{"type":{"const":"disk_fill"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"path":true,"size_mb":true},"additionalProperties":false,"allOf":[{"description":"writes a file into `path` until the filesystem is full (ENOSPC), or `size_mb`","x-clnrm-targets":"service","required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Directory to fill."},"size_mb":{"type":"integer","minimum":1,"description":"Bytes to write in MiB (default: until the disk is full)."}}}]},{"properties":{"type":{"const":"fd_exhaustion"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"nofile":true},"additionalProperties":false,"allOf":[{"description":"steps started in the target while the fault is active run with an open-files limit of `nofile` (default 16)","x-clnrm-targets":"service","properties":{"nofile":{"type":"integer","minimum":3,"description":"Open-files limit of the processes started in the target while the fault is active (default 16)."}}}]},{"properties":{"type":{"const":"exit_code"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"exit_code":true},"additionalProperties":false,"allOf":[{"description":"forces the step named `step` (or every step while active) to exit with `exit_code`","x-clnrm-targets":"step","required":["exit_code"],"properties":{"exit_code":{"type":"integer","minimum":1,"maximum":255,"description":"Code the step is forced to exit with."}}}]},{"properties":{"type":{"const":"timeout"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true},"additionalProperties":false,"allOf":[{"description":"stalls the step named `step` (or every step while active) so that its timeout fires","x-clnrm-targets":"step"}]},{"properties":{"type":{"const":"syscall_error"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"syscalls":true,"class":true,"rate_pct":true,"process":true,"errno":true},"additionalProperties":false,"allOf":[{"description":"makes the chosen syscalls (`syscalls` by name, or `class`) of the steps run in the target (or of its processes named `process`) fail with `errno` at `rate_pct` % (every n-th call of each syscall in each process, from a call drawn from the seed)","x-clnrm-targets":"service","required":["errno"],"properties":{"syscalls":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]*$"},"description":"Syscalls by name (`write`, `openat`, `connect`, …)."},"class":{"enum":["file","desc","network","memory","process","signal","ipc","creds","clock"],"description":"strace's class of syscalls (`file`: those taking a file name, `network`, `memory`, …); with `syscalls`, both."},"rate_pct":{"type":"number","minimum":0,"maximum":100,"default":100,"description":"Share of matching calls affected: every round(100 / rate_pct)-th call of each syscall in each process, from a call drawn from the seed; 0 traces without affecting."},"process":{"type":"string","minLength":1,"description":"Name of the target's running processes to attach to (default: the steps run in the target while the fault is active)."},"errno":{"enum":["EIO","ENOSPC","EDQUOT","EROFS","ENETDOWN","ENETUNREACH","EHOSTUNREACH","ECONNREFUSED","ECONNRESET","ETIMEDOUT","ENOMEM","EINTR","EAGAIN","EACCES","EPERM","ENOENT","EBADF","EMFILE","ENFILE","EBUSY","EPIPE","EINVAL","EFAULT"],"description":"The error the calls return (`ENOSPC`: disk full, `EIO`: disk failure, `ENETDOWN`: network down, `ENOMEM`: allocation failure, `EINTR`/`EAGAIN`: spurious)."}}},{"description":"A `syscall_error` fault with `syscalls` or `class`.","anyOf":[{"required":["syscalls"]},{"required":["class"]}]}]},{"properties":{"type":{"const":"slow_io"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"syscalls":true,"class":true,"rate_pct":true,"process":true,"call_delay_ms":true},"additionalProperties":false,"allOf":[{"description":"delays the chosen syscalls (default: read, write and fsync families) of the steps run in the target (or of its processes named `process`) by `call_delay_ms` at `rate_pct` %","x-clnrm-targets":"service","required":["call_delay_ms"],"properties":{"syscalls":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]*$"},"description":"Syscalls by name (`write`, `openat`, `connect`, …)."},"class":{"enum":["file","desc","network","memory","process","signal","ipc","creds","clock"],"description":"strace's class of syscalls (`file`: those taking a file name, `network`, `memory`, …); with `syscalls`, both."},"rate_pct":{"type":"number","minimum":0,"maximum":100,"default":100,"description":"Share of matching calls affected: every round(100 / rate_pct)-th call of each syscall in each process, from a call drawn from the seed; 0 traces without affecting."},"process":{"type":"string","minLength":1,"description":"Name of the target's running processes to attach to (default: the steps run in the target while the fault is active)."},"call_delay_ms":{"type":"integer","minimum":1,"maximum":60000,"description":"Added to each affected call (before it runs)."}}}]},{"properties":{"type":{"const":"network_disconnect"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true},"additionalProperties":false,"allOf":[{"description":"detaches the target from the scenario network","x-clnrm-targets":"service"}]},{"properties":{"type":{"const":"partition"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"groups":true,"isolate":true,"direction":true},"additionalProperties":false,"allOf":[{"description":"drops traffic between `groups` of services, or between `isolate` and all others (split brain); `direction = \"one_way\"` drops only the first group's outgoing traffic; `partition.detected` records that the runner saw the cut from inside","x-clnrm-targets":"network","x-clnrm-references":{"groups":"service","isolate":"service"},"properties":{"groups":{"type":"array","minItems":2,"items":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/identifier"}},"description":"Groups of services that cannot reach each other."},"isolate":{"$ref":"#/$defs/identifier","description":"Cut one service off from all others (split brain)."},"direction":{"enum":["both","one_way"],"default":"both"}}}]},{"properties":{"type":{"const":"blackhole"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"host":true,"port":true},"additionalProperties":false,"allOf":[{"description":"silently drops traffic from the target to `host`:`port` (or, without host, to its `port`)","x-clnrm-targets":"service","properties":{"host":{"type":"string","minLength":1},"port":{"type":"integer","minimum":1,"maximum":65535}}}]},{"properties":{"type":{"const":"reject"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"host":true,"port":true},"additionalProperties":false,"allOf":[{"description":"refuses connections with a TCP reset (connection refused)","x-clnrm-targets":"service","properties":{"host":{"type":"string","minLength":1},"port":{"type":"integer","minimum":1,"maximum":65535}}}]},{"properties":{"type":{"const":"packet_loss"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"percent":true,"mode":true},"additionalProperties":false,"allOf":[{"description":"drops `percent` % of the target's packets","x-clnrm-targets":"service","required":["percent"],"properties":{"percent":{"type":"number","minimum":0,"maximum":100,"description":"Share of packets dropped."},"mode":{"enum":["random","nth"],"default":"random","description":"`nth` drops every n-th packet: fully deterministic."}}}]},{"properties":{"type":{"const":"latency"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"latency_ms":true,"jitter_ms":true},"additionalProperties":false,"allOf":[{"description":"delays each chunk through the proxy by `latency_ms` ± `jitter_ms`","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","latency_ms"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"latency_ms":{"$ref":"#/$defs/durationMs","description":"Delay of each chunk."},"jitter_ms":{"$ref":"#/$defs/durationMs","description":"Random spread of the delay, drawn from the seed (default 0)."}}}]},{"properties":{"type":{"const":"bandwidth"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"rate_kbps":true},"additionalProperties":false,"allOf":[{"description":"limits the proxy to `rate_kbps` KB/s","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","rate_kbps"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"rate_kbps":{"type":"integer","minimum":1,"description":"Bandwidth in KB/s."}}}]},{"properties":{"type":{"const":"slow_close"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"delay_close_ms":true},"additionalProperties":false,"allOf":[{"description":"delays closing connections through the proxy by `delay_close_ms`","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","delay_close_ms"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"delay_close_ms":{"$ref":"#/$defs/durationMs","description":"Delay before a connection is closed."}}}]},{"properties":{"type":{"const":"proxy_timeout"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"timeout_close_ms":true},"additionalProperties":false,"allOf":[{"description":"stops forwarding data and closes the connection after `timeout_close_ms` (0: never closes; data flows again when removed)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"timeout_close_ms":{"$ref":"#/$defs/durationMs","description":"Time until the connection is closed (default 0: never)."}}}]},{"properties":{"type":{"const":"reset_peer"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"timeout_close_ms":true},"additionalProperties":false,"allOf":[{"description":"resets connections (TCP RST) `timeout_close_ms` after their first data (default at once)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"timeout_close_ms":{"$ref":"#/$defs/durationMs","description":"Time after the first data until the reset (default 0: at once)."}}}]},{"properties":{"type":{"const":"slicer"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"average_size":true,"size_variation":true},"additionalProperties":false,"allOf":[{"description":"slices data into chunks of `average_size` ± `size_variation` bytes, 1 ms apart","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","average_size"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"average_size":{"type":"integer","minimum":1,"description":"Average size of a chunk in bytes."},"size_variation":{"type":"integer","minimum":0,"description":"Random spread of the chunk size in bytes (default 0)."}}}]},{"properties":{"type":{"const":"limit_data"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"bytes":true},"additionalProperties":false,"allOf":[{"description":"closes the connection once `bytes` bytes went through the proxy","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","bytes"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"bytes":{"type":"integer","minimum":0,"description":"Bytes let through before the connection is closed."}}}]},{"properties":{"type":{"const":"http_error"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"method":true,"path_prefix":true,"rate":true,"status":true},"additionalProperties":false,"allOf":[{"description":"answers the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix` with `status`, without forwarding them (request i of the matching ones is chosen by the seeded draw for i)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` whose HTTP/1.x requests the fault acts on."},"method":{"type":"string","pattern":"^[A-Za-z]+$","description":"Only requests with this method (any when absent)."},"path_prefix":{"type":"string","pattern":"^/","description":"Only requests whose path starts with this (any when absent)."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of the matching requests acted on: request i (numbered in the order the proxy reads them) when the seeded draw for i is below it."},"status":{"type":"integer","minimum":100,"maximum":599,"default":503,"description":"The status of the answers."}}}]},{"properties":{"type":{"const":"http_slow"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"method":true,"path_prefix":true,"rate":true,"response_delay_ms":true,"factor":true},"additionalProperties":false,"allOf":[{"description":"holds the response to the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix`: `response_delay_ms` longer, or `factor` times the upstream's own time to answer","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` whose HTTP/1.x requests the fault acts on."},"method":{"type":"string","pattern":"^[A-Za-z]+$","description":"Only requests with this method (any when absent)."},"path_prefix":{"type":"string","pattern":"^/","description":"Only requests whose path starts with this (any when absent)."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of the matching requests acted on: request i (numbered in the order the proxy reads them) when the seeded draw for i is below it."},"response_delay_ms":{"$ref":"#/$defs/durationMs","description":"Time added to each chosen response, from the moment the upstream answers."},"factor":{"type":"number","minimum":1,"description":"Instead of `response_delay_ms`: each chosen response takes this many times the upstream's time to answer (2: twice as slow)."}}}]},{"properties":{"type":{"const":"clock_skew"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"offset_ms":true},"additionalProperties":false,"allOf":[{"description":"shifts the wall clock the target's processes see by `offset_ms` (libfaketime; monotonic clocks keep running true)","x-clnrm-targets":"service","required":["offset_ms"],"properties":{"offset_ms":{"type":"integer","description":"How far the clock is moved: positive into the future, negative into the past."}}}]},{"properties":{"type":{"const":"dns"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"names":true,"mode":true,"to":true,"rate":true},"additionalProperties":false,"allOf":[{"description":"lookups of `names` inside the target fail (`mode = \"fail\"`), hang (`\"hang\"`), at the share `rate` of their queries, or resolve to the service `to` (`\"redirect\"`)","x-clnrm-targets":"service","x-clnrm-references":{"to":"service"},"required":["names"],"properties":{"names":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$"},"description":"The names whose lookups are affected, exactly as programs ask for them (`api`, `db.internal`)."},"mode":{"enum":["fail","hang","redirect"],"default":"fail"},"to":{"$ref":"#/$defs/identifier","description":"redirect: the service the names resolve to."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"fail, hang: share of the DNS queries for the names caught, rounded to 1/20; which of every 20 queries is drawn from the seed."}}}]}]},"signalName":{"enum":["SIGKILL","SIGTERM","SIGINT","SIGHUP","SIGUSR1","SIGUSR2","SIGQUIT","SIGSTOP","SIGCONT"],"description":"Signal name."},"attrLiteral":{"type":["string","number","boolean"],"description":"A literal attribute value, compared by type and value: a string matches only a string attribute, a boolean only a boolean, a number only an int or double of exactly that value (int64 compared with all 64 bits; write integers beyond 2^53 as plain TOML integers); `\"1\"` matches neither 1, 1.0, true nor [\"1\"], and an array attribute matches no literal."},"attrValue":{"description":"An attribute value: a literal (compared by type and value: a string matches only a string attribute, a boolean only a boolean, a number only an int or double of exactly that value (int64 compared with all 64 bits; write integers beyond 2^53 as plain TOML integers); `\"1\"` matches neither 1, 1.0, true nor [\"1\"], and an array attribute matches no literal), or a matcher table such as `{ gte = 200, lt = 300 }` whose every key must hold.","type":["string","number","boolean","object"],"additionalProperties":false,"minProperties":1,"properties":{"eq":{"$ref":"#/$defs/attrLiteral","description":"Equal, by type and value (as a literal)."},"ne":{"$ref":"#/$defs/attrLiteral","description":"Present and not equal by type and value."},"gt":{"type":"number","description":"Greater than; the attribute (or its string form) must be a number."},"gte":{"type":"number","description":"Greater than or equal; the attribute (or its string form) must be a number."},"lt":{"type":"number","description":"Less than; the attribute (or its string form) must be a number."},"lte":{"type":"number","description":"Less than or equal; the attribute (or its string form) must be a number."},"regex":{"type":"string","format":"regex","description":"JavaScript regular expression searched in the string form (not anchored: write `^...$` to match the whole value)."},"glob":{"type":"string","description":"The whole string form matches; `*` stands for any run of characters."},"in":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/attrLiteral"},"description":"Equal, by type and value, to one of these literals."},"exists":{"type":"boolean","description":"`true`: the attribute is present, with any value; `false`: it is absent. Every other key also requires the attribute to be present."}}},"attrMap":{"type":"object","additionalProperties":{"$ref":"#/$defs/attrValue"}},"countBound":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"eq":{"type":"integer","minimum":0},"gte":{"type":"integer","minimum":0},"lte":{"type":"integer","minimum":0}}},"countOrBound":{"oneOf":[{"type":"integer","minimum":0},{"$ref":"#/$defs/countBound"}],"description":"A count: an integer (exactly that many) or bounds `{ eq, gte, lte }`."},"spanNamePair":{"type":"array","minItems":2,"maxItems":2,"items":{"type":"string","minLength":1}},"expectSpan":{"type":"object","description":"Without `count`, at least one span with the name must exist and every span with that name must satisfy all the constraints. With `count`, the number of spans with that name that satisfy all the constraints must be within the bound. A scenario's `[[scenario.expect.span]]` sees the scenario's subtree; the file's `[[expect.span]]` sees the whole trace.","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}},"count":{"$ref":"#/$defs/countBound","description":"How many spans with the name must satisfy every constraint. Without `count`, every span with the name must satisfy them, and at least one must exist."}}},"expect":{"type":"object","additionalProperties":false,"properties":{"span":{"type":"array","items":{"$ref":"#/$defs/expectSpan"},"description":"Spans that must exist, with their parent, attributes, events, status and duration."},"graph":{"type":"object","additionalProperties":false,"properties":{"must_include":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[parent, child]` edges that must exist."},"must_not_cross":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]` pairs with no edge between them."},"acyclic":{"type":"boolean","description":"The span graph has no cycle."},"no_orphans":{"type":"boolean","description":"`true`: fails when a span of the system under test has a parent id that resolves to nothing in the scenario's trace (or no parent at all); such spans are otherwise only a `clnrm.orphan` warning. `false` checks nothing."}}},"counts":{"type":"object","additionalProperties":false,"properties":{"spans_total":{"$ref":"#/$defs/countBound"},"events_total":{"$ref":"#/$defs/countBound"},"errors_total":{"$ref":"#/$defs/countBound"},"by_name":{"type":"object","additionalProperties":{"$ref":"#/$defs/countBound"},"description":"Bounds per span name."}}},"window":{"type":"array","items":{"type":"object","required":["outer","contains"],"additionalProperties":false,"properties":{"outer":{"type":"string","minLength":1,"description":"Span whose time window must contain the others."},"contains":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Names of the spans that must each lie within the time window of some `outer` span."},"max_duration_ms":{"$ref":"#/$defs/durationMs","description":"Every `outer` span lasts at most this long (ms)."}}},"description":"Temporal containment."},"order":{"type":"object","additionalProperties":false,"properties":{"must_precede":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]`: a ends before b starts."},"must_follow":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]`: a starts after b ends."}}},"status":{"type":"object","additionalProperties":false,"properties":{"all":{"enum":["OK","ERROR","UNSET"],"description":"Status of every span."},"by_name":{"type":"object","additionalProperties":{"enum":["OK","ERROR","UNSET"]},"description":"Status per span name (`*` patterns allowed)."},"errors_allowed":{"type":"integer","minimum":0,"default":0,"description":"How many spans with status ERROR `all = \"OK\"` tolerates (needs `all = \"OK\"`)."}}},"hermeticity":{"type":"object","additionalProperties":false,"properties":{"no_container_leakage":{"type":"boolean","description":"No labelled container remains after cleanup (checked on the engine)."},"no_network_leakage":{"type":"boolean","description":"No labelled network remains."},"no_volume_leakage":{"type":"boolean","description":"No labelled volume remains."},"no_process_leakage":{"type":"boolean","description":"No process a step started (found by the container's process table before and after the step, so setsid'd and double-forked ones too) is alive 2 s after it ends; such processes are killed. See docs/expectations.md."},"no_external_services":{"type":"boolean","description":"No span of the system under test names a peer outside the scenario in any peer attribute of the OpenTelemetry conventions (hosts inside URLs, connection strings and arrays included); loopback, services, proxies and the scenario's containers are allowed. See docs/expectations.md."},"resource_attrs_must_match":{"$ref":"#/$defs/attrMap","description":"Resource attributes every span of the system under test must carry (at least one such span must exist); values are literals or matcher tables as in `attrs.all`."},"span_attrs_forbid_keys":{"type":"array","items":{"type":"string"},"description":"Attribute keys no span may carry."}}},"consistency":{"type":"object","additionalProperties":false,"required":["present_step","present_regex"],"properties":{"ack_steps":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Steps whose stdout reports the acknowledged operations, one line each matching `ack_regex` (give `ack_steps` and `ack_regex`, or `ack_span` and `key_attr`)."},"ack_regex":{"type":"string","format":"regex","description":"Regular expression tried on each stdout line of the `ack_steps`; a matching line is one acknowledged operation, its key the named group `key` (`(?<key>...)`)."},"ack_span":{"type":"string","minLength":1,"description":"Name of the spans of the system under test that acknowledge an operation: those with status OK, carrying the key in `key_attr`, credited to this scenario."},"key_attr":{"type":"string","minLength":1,"description":"Attribute of an `ack_span` span that holds the key."},"present_step":{"type":"string","minLength":1,"description":"The reader: a step after every ack step (and after the faults it must survive) whose stdout lists the items present, one line each matching `present_regex`. It must run and pass, or the check is an error."},"present_regex":{"type":"string","format":"regex","description":"Regular expression tried on each stdout line of `present_step`; the named group `key` is an item present."},"lost":{"$ref":"#/$defs/countOrBound","description":"How many acknowledged keys may be absent from the reader's listing (`lost = 0`: nothing lost)."},"duplicated":{"$ref":"#/$defs/countOrBound","description":"How many keys the reader may list more than once."},"unexpected":{"$ref":"#/$defs/countOrBound","description":"How many keys the reader may list that were never acknowledged."},"expect_failure":{"type":"boolean","default":false,"description":"The check passes only if a bound is violated (it proves the check catches a loss); a check that could not be judged stays an error."}},"description":"Nothing lost: acknowledged operations (writer steps' stdout or spans) against the items a reader step lists after recovery; counts of lost, duplicated and unexpected keys with bounds. Only in a scenario's `expect`."},"kpi":{"type":"object","additionalProperties":false,"properties":{"mttd_ms":{"$ref":"#/$defs/kpiBound","description":"Mean time to detect, in ms: fault applied → detection (`[scenario.steady_state] detect`: first probe sample that lost the steady state, or first ERROR span of the named kind)."},"mttr_ms":{"$ref":"#/$defs/kpiBound","description":"Mean time to recover, in ms: detection → first probe sample that restored the steady state."},"availability_pct":{"$ref":"#/$defs/kpiBound","description":"Healthy probe samples over all samples after the check before the faults, in %."},"recovery_rate_pct":{"$ref":"#/$defs/kpiBound","description":"Effective faults after which the steady state held again within `recover_within_ms`, in %."},"error_budget_used_pct":{"$ref":"#/$defs/kpiBound","description":"Failed requests over all requests (`[scenario.steady_state] error_budget`), in % of the budget; above 100 when the budget is overrun."}},"description":"Bounds on the experiment's KPIs, measured from the `[scenario.steady_state]` probe samples (docs/experiments.md). A KPI that was not measured fails its bound."},"supervision":{"type":"array","description":"Supervision: after each kill of `service` (an effective `kill_process`, `kill_container` or `stop_container` fault on it), the engine restarted it (its RestartCount rose) and it ran again, and was ready again when it has `wait`, within `back_within_ms`; and it restarted at most `max_restarts_per_minute` times in any minute. A service never killed makes the check an error, not a pass. Only in a scenario's `expect`.","items":{"type":"object","additionalProperties":false,"required":["service","back_within_ms"],"properties":{"service":{"type":"string","minLength":1,"description":"The supervised service (started by the scenario)."},"back_within_ms":{"$ref":"#/$defs/durationMs","description":"Longest time from the start of a kill to the service running (and ready) again under the engine's restart."},"max_restarts_per_minute":{"type":"integer","minimum":0,"description":"Most restarts by the engine in any 60 s of the scenario (a crash loop exceeds it)."}}}},"during":{"type":"array","description":"Span conditions scoped to fault windows: among the spans of the name that overlap (or lie within) the window of `fault` (or of `during_all` / `during_any`), every one satisfies the constraints and at least one exists, or `count` of them do. A fault that was never injected makes the check an error. Only in a scenario's `expect` (docs/expectations.md#fault-windows).","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"fault":{"$ref":"#/$defs/identifier","description":"The fault (by its `name`, default its type) whose window scopes the conditions: from the start of its injection to the end of its revert (docs/expectations.md#fault-windows)."},"during_all":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/identifier"},"description":"Faults whose windows all cover the same time: the conditions apply where they all were active at once."},"during_any":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/identifier"},"description":"Faults any of whose windows counts: the conditions apply wherever one of them was active."},"overlap":{"enum":["overlaps","contained"],"default":"overlaps","description":"Which spans are in scope: those sharing any instant with the window (`overlaps`), or those lying wholly within one stretch of it (`contained`)."},"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}},"count":{"$ref":"#/$defs/countBound","description":"How many spans in the window with the name must satisfy every constraint. Without `count`, every span in the window with the name must satisfy them, and at least one must exist."}}}},"after":{"type":"array","description":"Recovery after a fault window closed: the first span of the name that starts after the window and satisfies the constraints starts within `within_ms`, and no span of the name starting after it misses them. A fault that was never injected makes the check an error. Only in a scenario's `expect` (docs/expectations.md#fault-windows).","items":{"type":"object","additionalProperties":false,"required":["fault","within_ms","name"],"properties":{"fault":{"$ref":"#/$defs/identifier","description":"The fault (by its `name`, default its type) whose window must have closed: the end of its revert, or of the last of its injections."},"within_ms":{"$ref":"#/$defs/durationMs","description":"The first span with the name that starts after the window closed and satisfies the constraints starts at most this long after it."},"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}}}}}}},"steadyState":{"type":"object","additionalProperties":false,"required":["probe"],"properties":{"recover_within_ms":{"type":"integer","minimum":0,"maximum":86400000,"default":30000,"description":"Once every fault is reverted, each probe must answer healthy within this long, else the scenario fails (`not_recovered`)."},"probe":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/probe"},"description":"Probes, each sampled every `interval_ms`."},"detect":{"oneOf":[{"oneOf":[{"const":"probes","description":"A probe sample that loses the steady state."},{"type":"object","required":["span"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of spans of the system under test (`*` globs): the first ERROR one that ends after the fault was applied."}}}]},{"type":"array","minItems":1,"maxItems":2,"uniqueItems":true,"items":{"oneOf":[{"const":"probes","description":"A probe sample that loses the steady state."},{"type":"object","required":["span"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of spans of the system under test (`*` globs): the first ERROR one that ends after the fault was applied."}}}]}}],"default":"probes","description":"What detects a fault for MTTD: `\"probes\"` (a lost steady state), `{ span = \"NAME\" }` (the first ERROR span of the system under test with that name after the fault), or both as a list, whichever comes first."},"error_budget":{"type":"object","required":["span","budget_pct"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of the spans of the system under test that are its requests (`*` globs); ERROR ones failed."},"budget_pct":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"The share of requests allowed to fail, in %."}},"description":"Error-budget use (KPI `error_budget_used_pct`): failed requests over all requests of the scenario, in % of `budget_pct`."}}},"probe":{"type":"object","required":["name","type"],"properties":{"name":{"$ref":"#/$defs/identifier","description":"Name of the probe in spans (`probe.name`) and reports; unique in the scenario."},"type":{"enum":["exec","tcp","http","span"],"description":"Probe kind (see docs/experiments.md)."},"interval_ms":{"type":"integer","minimum":50,"maximum":600000,"default":500,"description":"Time between the starts of two samples."},"timeout_ms":{"type":"integer","minimum":10,"maximum":600000,"default":1000,"description":"A sample that takes longer fails."},"tolerance":{"type":"object","additionalProperties":false,"required":["failures"],"properties":{"failures":{"type":"integer","minimum":0,"maximum":1000,"description":"Consecutive failed samples tolerated: the steady state counts as lost at the next one (and before the faults, the probe gets this many extra samples to answer healthy)."}},"description":"How many failed samples in a row the probe tolerates (default 0)."}},"discriminator":{"propertyName":"type"},"oneOf":[{"properties":{"name":true,"type":{"const":"exec"},"interval_ms":true,"timeout_ms":true,"tolerance":true,"service":true,"command":true,"output_regex":true},"additionalProperties":false,"allOf":[{"description":"runs `command` in `service`; healthy when it exits 0 and, with `output_regex`, its output matches","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service the command runs in."},"command":{"$ref":"#/$defs/command","description":"Command run in the service (a string runs with `sh -c`)."},"output_regex":{"type":"string","format":"regex","minLength":1,"description":"JavaScript regular expression the output (stdout and stderr) must match."}}},{"required":["service","command"]}]},{"properties":{"name":true,"type":{"const":"tcp"},"interval_ms":true,"timeout_ms":true,"tolerance":true,"service":true,"port":true},"additionalProperties":false,"allOf":[{"description":"connects to `service`:`port` from a probe container on the scenario network; healthy when the connection is accepted","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service (its name on the scenario network) to connect to."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port."}}},{"required":["service","port"]}]},{"properties":{"name":true,"type":{"const":"http"},"interval_ms":true,"timeout_ms":true,"tolerance":true,"service":true,"port":true,"path":true,"status":true},"additionalProperties":false,"allOf":[{"description":"sends `GET path` to `service`:`port` from a probe container on the scenario network; healthy when the answer has status `status`","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service (its name on the scenario network) to send the request to."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the HTTP server."},"path":{"type":"string","pattern":"^/","default":"/","description":"Request path."},"status":{"type":"integer","minimum":100,"maximum":599,"default":200,"description":"The status a healthy answer has."}}},{"required":["service","port"]}]},{"properties":{"name":true,"type":{"const":"span"},"interval_ms":true,"timeout_ms":true,"tolerance":true,"span_name":true,"window_ms":true,"max_error_pct":true,"min_spans":true},"additionalProperties":false,"allOf":[{"description":"reads the spans of the system under test named `span_name` received in the last `window_ms`; healthy when at least `min_spans` arrived and at most `max_error_pct` % of them are ERROR","properties":{"span_name":{"type":"string","minLength":1,"description":"Span name of the system under test (`*` stands for any run of characters)."},"window_ms":{"type":"integer","minimum":100,"maximum":3600000,"description":"The sliding window: spans received this long before the sample, on the runner's clock."},"max_error_pct":{"type":"number","minimum":0,"maximum":100,"default":0,"description":"Highest share of ERROR spans in the window, in %, that is still healthy."},"min_spans":{"type":"integer","minimum":1,"maximum":1000000,"default":1,"description":"Fewest spans the window must hold: fewer is not healthy."}}},{"required":["span_name","window_ms"]}]}]},"kpiBound":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}},"description":"`min` ≤ value ≤ `max`."},"monkey":{"type":"object","additionalProperties":false,"required":["duration_ms","probability","types"],"properties":{"duration_ms":{"type":"integer","minimum":1,"maximum":86400000,"description":"How long the monkey draws, counted from the moment the scenario's first step's process is observed running: ticks at `interval_ms`, 2 × `interval_ms`, … up to `duration_ms`."},"interval_ms":{"type":"integer","minimum":1,"maximum":86400000,"default":1000,"description":"Time between two ticks; at each tick one fault fires with `probability`."},"probability":{"type":"number","minimum":0,"maximum":1,"description":"Chance that a tick fires a fault, drawn from the seed."},"types":{"type":"array","items":{"$ref":"#/$defs/fault/properties/type"},"uniqueItems":true,"description":"Fault types the monkey draws from (faults that act on a service); a type with required parameters needs them in `fault.<type>`."},"targets":{"type":"array","items":{"$ref":"#/$defs/identifier"},"uniqueItems":true,"description":"Services the monkey draws from (default: the scenario's services)."},"fault":{"type":"object","propertyNames":{"$ref":"#/$defs/fault/properties/type"},"additionalProperties":{"type":"object","description":"`duration_ms` of each injected fault of this type and the type's own parameters (checked as a fault of that type)."},"description":"Per fault type: `duration_ms` and parameters of every fault of that type the monkey injects, e.g. `fault.stop_container = { duration_ms = 1500, stop_timeout_ms = 1000 }`."}}}}};
const schema32 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","maxLength":128,"description":"Letters, digits, `_`, `.`, `-`; starts with a letter or digit."};
const schema34 = {"description":"A string, number or boolean, or `{ value = ..., secret = true }` for a secret.","oneOf":[{"type":["string","number","boolean"]},{"type":"object","additionalProperties":false,"required":["value","secret"],"properties":{"value":{"type":["string","number","boolean"],"description":"The value."},"secret":{"type":"boolean","description":"true: the value is masked as `***` in every output (reports, traces, exports, console, logs, errors)."}}}]};
const schema35 = {"type":"integer","minimum":1,"maximum":1024000,"description":"CPU limit in millicores (1000 = one core)."};
const schema36 = {"type":"integer","minimum":6,"maximum":1048576,"description":"Memory limit in MiB (at least 6, the engine's minimum)."};
const schema37 = {"type":"integer","minimum":0,"maximum":86400000,"description":"Milliseconds."};
const schema50 = {"type":"object","required":["upstream"],"additionalProperties":false,"properties":{"listen":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the proxy listens on (host name: the proxy's name). Defaults to the upstream's port."},"upstream":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*:[0-9]{1,5}$","description":"`service:port` the proxy forwards to."}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern6 = new RegExp("^host:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(/(tcp|udp))?$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*:[0-9]{1,5}$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const formats2 = require("ajv-formats/dist/formats").fullFormats.uri;
const schema39 = {"type":"object","required":["image"],"additionalProperties":false,"properties":{"image":{"type":"string","minLength":1,"description":"Image reference; pulled when missing, except `clnrm-fixture/NAME` images, which are built on this host (`bash scripts/build-fixtures.sh NAME`) and never pulled."},"args":{"$ref":"#/$defs/command","description":"Command of the container (replaces the image's CMD)."},"entrypoint":{"$ref":"#/$defs/command","description":"Entrypoint of the container."},"env":{"$ref":"#/$defs/envMap"},"ports":{"type":"array","items":{"type":"integer","minimum":1,"maximum":65535},"uniqueItems":true,"description":"Container ports the service listens on (reachable from the scenario network; not published on the host)."},"workdir":{"type":"string","minLength":1,"description":"Working directory in the container."},"user":{"type":"string","minLength":1,"description":"User (name or uid[:gid]) the container runs as."},"clock":{"enum":["advancing","frozen","real"],"description":"The wall clock this service's processes see when the suite sets `freeze_clock` (default: `[determinism] clock`); `real` leaves it alone."},"tmpfs":{"type":"object","additionalProperties":{"type":"string"},"description":"Mount points of tmpfs filesystems with their options, e.g. `{ \"/data\" = \"size=8m\" }`."},"capabilities":{"type":"array","items":{"type":"string","pattern":"^[A-Z_]+$"},"uniqueItems":true,"description":"Linux capabilities added to the engine's defaults, e.g. `[\"NET_ADMIN\"]`. Nothing else is added."},"privileged":{"type":"boolean","default":false,"description":"Run privileged. Never implied by anything else."},"limits":{"type":"object","additionalProperties":false,"description":"Resource limits (override `[limits]`).","properties":{"memory_mb":{"$ref":"#/$defs/memoryMb"},"cpu_millicores":{"$ref":"#/$defs/cpuMillicores"},"pids":{"type":"integer","minimum":1,"description":"Maximum number of processes."},"nofile":{"type":"integer","minimum":8,"maximum":1048576,"description":"Open-files limit (soft and hard `nofile` ulimit)."}}},"wait":{"type":"object","additionalProperties":false,"description":"Readiness: every condition given must hold before steps start.","properties":{"log":{"type":"string","minLength":1,"format":"regex","description":"Regular expression a log line must match."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port that must accept connections."},"command":{"$ref":"#/$defs/command","description":"Command run in the container that must exit 0."},"timeout_ms":{"$ref":"#/$defs/durationMs","default":30000,"description":"Time allowed to become ready."},"interval_ms":{"$ref":"#/$defs/durationMs","default":100,"description":"Polling interval for `port` and `command`."}}},"restart":{"enum":["no","on-failure","always"],"default":"no","description":"Restart policy the engine applies when the service's main process exits: `on-failure` after a non-zero exit (at most `restart_max_retries` times), `always` after any exit. A container the runner stops or kills through the engine (`kill_container`, `stop_container`) counts as stopped on purpose and is not restarted; `kill_process` of its main process is a crash. Restarts are recorded as `clnrm.service.restart` spans; check them with `[[scenario.expect.supervision]]`."},"restart_max_retries":{"type":"integer","minimum":1,"description":"With `restart = \"on-failure\"`: how many times the engine restarts the service before giving up (default: no limit)."},"depends_on":{"description":"Services that must be up before this one starts: a list of names (each must be `ready`: its `wait` conditions hold), or a table of name = `\"started\"` (its container runs) or `\"ready\"`. Services start in this order; a cycle is an error.","oneOf":[{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},{"type":"object","additionalProperties":{"enum":["started","ready"]}}]}}};
const schema40 = {"description":"A shell string (run with `sh -c`) or an argv array (run without a shell).","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string"}}]};
const schema42 = {"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"$ref":"#/$defs/maybeSecret"},"description":"Environment variables: `NAME = \"value\"`, or `NAME = { value = \"...\", secret = true }` for a value that must never appear in clear in any output (values of names that look secret, such as TOKEN or PASSWORD, are masked too)."};
const pattern8 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern8.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate22.errors = vErrors;
return false;
break;
}
}
if(valid0){
for(const key1 in data){
let data0 = data[key1];
const _errs3 = errors;
const _errs5 = errors;
let valid3 = false;
let passing0 = null;
const _errs6 = errors;
if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){
const err2 = ERROR;
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs8 = errors;
if(errors === _errs8){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if(((data0.value === undefined) && (missing0 = "value")) || ((data0.secret === undefined) && (missing0 = "secret"))){
const err3 = ERROR;
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
const _errs10 = errors;
for(const key2 in data0){
if(!((key2 === "value") || (key2 === "secret"))){
const err4 = ERROR;
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
}
if(_errs10 === errors){
if(data0.value !== undefined){
let data1 = data0.value;
const _errs11 = errors;
if(((typeof data1 !== "string") && (!(typeof data1 == "number"))) && (typeof data1 !== "boolean")){
const err5 = ERROR;
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data0.secret !== undefined){
const _errs13 = errors;
if(typeof data0.secret !== "boolean"){
const err6 = ERROR;
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
const err7 = ERROR;
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err8 = ERROR;
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate22.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern9 = new RegExp("^[A-Z_]+$", "u");
const formats4 = require("ajv-formats/dist/formats").fullFormats.regex;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.image === undefined) && (missing0 = "image")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema39.properties, key0))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.image !== undefined){
let data0 = data.image;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length < 2 && func2(data0) < 1)){
validate21.errors = [ERROR];
return false;
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.args !== undefined){
let data1 = data.args;
const _errs4 = errors;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if((data1.length < 2 && func2(data1) < 1)){
const err0 = ERROR;
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = ERROR;
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data1)){
if(data1.length < 1){
const err2 = ERROR;
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
var valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data1[i0] !== "string"){
const err3 = ERROR;
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
}
else {
const err4 = ERROR;
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err5 = ERROR;
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entrypoint !== undefined){
let data3 = data.entrypoint;
const _errs13 = errors;
const _errs15 = errors;
let valid5 = false;
let passing1 = null;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data3 === "string"){
if((data3.length < 2 && func2(data3) < 1)){
const err6 = ERROR;
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = ERROR;
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data3)){
if(data3.length < 1){
const err8 = ERROR;
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
var valid6 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs20 = errors;
if(typeof data3[i1] !== "string"){
const err9 = ERROR;
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid6 = _errs20 === errors;
if(!valid6){
break;
}
}
}
}
else {
const err10 = ERROR;
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs18 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err11 = ERROR;
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.env !== undefined){
const _errs22 = errors;
if(!(validate22(data.env, CALL))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ports !== undefined){
let data6 = data.ports;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data6)){
var valid7 = true;
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
const _errs25 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate21.errors = [ERROR];
return false;
}
if(errors === _errs25){
if(typeof data7 == "number"){
if(data7 > 65535 || isNaN(data7)){
validate21.errors = [ERROR];
return false;
}
else {
if(data7 < 1 || isNaN(data7)){
validate21.errors = [ERROR];
return false;
}
}
}
}
var valid7 = _errs25 === errors;
if(!valid7){
break;
}
}
if(valid7){
let i3 = data6.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data6[i3];
if(!((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate21.errors = [ERROR];
return false;
break;
}
indices0[item0] = i3;
}
}
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workdir !== undefined){
let data8 = data.workdir;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data8 === "string"){
if((data8.length < 2 && func2(data8) < 1)){
validate21.errors = [ERROR];
return false;
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
let data9 = data.user;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data9 === "string"){
if((data9.length < 2 && func2(data9) < 1)){
validate21.errors = [ERROR];
return false;
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clock !== undefined){
let data10 = data.clock;
const _errs31 = errors;
if(!(((data10 === "advancing") || (data10 === "frozen")) || (data10 === "real"))){
validate21.errors = [ERROR];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tmpfs !== undefined){
let data11 = data.tmpfs;
const _errs32 = errors;
if(errors === _errs32){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key1 in data11){
const _errs35 = errors;
if(typeof data11[key1] !== "string"){
validate21.errors = [ERROR];
return false;
}
var valid9 = _errs35 === errors;
if(!valid9){
break;
}
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capabilities !== undefined){
let data13 = data.capabilities;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data13)){
var valid10 = true;
const len3 = data13.length;
for(let i4=0; i4<len3; i4++){
let data14 = data13[i4];
const _errs39 = errors;
if(errors === _errs39){
if(typeof data14 === "string"){
if(!pattern9.test(data14)){
validate21.errors = [ERROR];
return false;
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
var valid10 = _errs39 === errors;
if(!valid10){
break;
}
}
if(valid10){
let i5 = data13.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data13[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate21.errors = [ERROR];
return false;
break;
}
indices1[item1] = i5;
}
}
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.privileged !== undefined){
const _errs41 = errors;
if(typeof data.privileged !== "boolean"){
validate21.errors = [ERROR];
return false;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limits !== undefined){
let data16 = data.limits;
const _errs43 = errors;
if(errors === _errs43){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
const _errs45 = errors;
for(const key2 in data16){
if(!((((key2 === "memory_mb") || (key2 === "cpu_millicores")) || (key2 === "pids")) || (key2 === "nofile"))){
validate21.errors = [ERROR];
return false;
break;
}
}
if(_errs45 === errors){
if(data16.memory_mb !== undefined){
let data17 = data16.memory_mb;
const _errs46 = errors;
const _errs47 = errors;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
validate21.errors = [ERROR];
return false;
}
if(errors === _errs47){
if(typeof data17 == "number"){
if(data17 > 1048576 || isNaN(data17)){
validate21.errors = [ERROR];
return false;
}
else {
if(data17 < 6 || isNaN(data17)){
validate21.errors = [ERROR];
return false;
}
}
}
}
var valid12 = _errs46 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data16.cpu_millicores !== undefined){
let data18 = data16.cpu_millicores;
const _errs49 = errors;
const _errs50 = errors;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
validate21.errors = [ERROR];
return false;
}
if(errors === _errs50){
if(typeof data18 == "number"){
if(data18 > 1024000 || isNaN(data18)){
validate21.errors = [ERROR];
return false;
}
else {
if(data18 < 1 || isNaN(data18)){
validate21.errors = [ERROR];
return false;
}
}
}
}
var valid12 = _errs49 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data16.pids !== undefined){
let data19 = data16.pids;
const _errs52 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
validate21.errors = [ERROR];
return false;
}
if(errors === _errs52){
if(typeof data19 == "number"){
if(data19 < 1 || isNaN(data19)){
validate21.errors = [ERROR];
return false;
}
}
}
var valid12 = _errs52 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data16.nofile !== undefined){
let data20 = data16.nofile;
const _errs54 = errors;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
validate21.errors = [ERROR];
return false;
}
if(errors === _errs54){
if(typeof data20 == "number"){
if(data20 > 1048576 || isNaN(data20)){
validate21.errors = [ERROR];
return false;
}
else {
if(data20 < 8 || isNaN(data20)){
validate21.errors = [ERROR];
return false;
}
}
}
}
var valid12 = _errs54 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.wait !== undefined){
let data21 = data.wait;
const _errs56 = errors;
if(errors === _errs56){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
const _errs58 = errors;
for(const key3 in data21){
if(!(((((key3 === "log") || (key3 === "port")) || (key3 === "command")) || (key3 === "timeout_ms")) || (key3 === "interval_ms"))){
validate21.errors = [ERROR];
return false;
break;
}
}
if(_errs58 === errors){
if(data21.log !== undefined){
let data22 = data21.log;
const _errs59 = errors;
if(errors === _errs59){
if(errors === _errs59){
if(typeof data22 === "string"){
if((data22.length < 2 && func2(data22) < 1)){
validate21.errors = [ERROR];
return false;
}
else {
if(!(formats4(data22))){
validate21.errors = [ERROR];
return false;
}
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
}
var valid15 = _errs59 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data21.port !== undefined){
let data23 = data21.port;
const _errs61 = errors;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
validate21.errors = [ERROR];
return false;
}
if(errors === _errs61){
if(typeof data23 == "number"){
if(data23 > 65535 || isNaN(data23)){
validate21.errors = [ERROR];
return false;
}
else {
if(data23 < 1 || isNaN(data23)){
validate21.errors = [ERROR];
return false;
}
}
}
}
var valid15 = _errs61 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data21.command !== undefined){
let data24 = data21.command;
const _errs63 = errors;
const _errs65 = errors;
let valid17 = false;
let passing2 = null;
const _errs66 = errors;
if(errors === _errs66){
if(typeof data24 === "string"){
if((data24.length < 2 && func2(data24) < 1)){
const err12 = ERROR;
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = ERROR;
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid2 = _errs66 === errors;
if(_valid2){
valid17 = true;
passing2 = 0;
}
const _errs68 = errors;
if(errors === _errs68){
if(Array.isArray(data24)){
if(data24.length < 1){
const err14 = ERROR;
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
var valid18 = true;
const len4 = data24.length;
for(let i6=0; i6<len4; i6++){
const _errs70 = errors;
if(typeof data24[i6] !== "string"){
const err15 = ERROR;
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid18 = _errs70 === errors;
if(!valid18){
break;
}
}
}
}
else {
const err16 = ERROR;
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid2 = _errs68 === errors;
if(_valid2 && valid17){
valid17 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid17 = true;
passing2 = 1;
}
}
if(!valid17){
const err17 = ERROR;
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs65;
if(vErrors !== null){
if(_errs65){
vErrors.length = _errs65;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs63 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data21.timeout_ms !== undefined){
let data26 = data21.timeout_ms;
const _errs72 = errors;
const _errs73 = errors;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
validate21.errors = [ERROR];
return false;
}
if(errors === _errs73){
if(typeof data26 == "number"){
if(data26 > 86400000 || isNaN(data26)){
validate21.errors = [ERROR];
return false;
}
else {
if(data26 < 0 || isNaN(data26)){
validate21.errors = [ERROR];
return false;
}
}
}
}
var valid15 = _errs72 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data21.interval_ms !== undefined){
let data27 = data21.interval_ms;
const _errs75 = errors;
const _errs76 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
validate21.errors = [ERROR];
return false;
}
if(errors === _errs76){
if(typeof data27 == "number"){
if(data27 > 86400000 || isNaN(data27)){
validate21.errors = [ERROR];
return false;
}
else {
if(data27 < 0 || isNaN(data27)){
validate21.errors = [ERROR];
return false;
}
}
}
}
var valid15 = _errs75 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
}
else {
validate21.errors = [ERROR];
return false;
}
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.restart !== undefined){
let data28 = data.restart;
const _errs78 = errors;
if(!(((data28 === "no") || (data28 === "on-failure")) || (data28 === "always"))){
validate21.errors = [ERROR];
return false;
}
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.restart_max_retries !== undefined){
let data29 = data.restart_max_retries;
const _errs79 = errors;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
validate21.errors = [ERROR];
return false;
}
if(errors === _errs79){
if(typeof data29 == "number"){
if(data29 < 1 || isNaN(data29)){
validate21.errors = [ERROR];
return false;
}
}
}
var valid0 = _errs79 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.depends_on !== undefined){
let data30 = data.depends_on;
const _errs81 = errors;
const _errs82 = errors;
let valid21 = false;
let passing3 = null;
const _errs83 = errors;
if(errors === _errs83){
if(Array.isArray(data30)){
var valid22 = true;
const len5 = data30.length;
for(let i7=0; i7<len5; i7++){
let data31 = data30[i7];
const _errs85 = errors;
if(errors === _errs85){
if(typeof data31 === "string"){
if((data31.length < 2 && func2(data31) < 1)){
const err18 = ERROR;
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = ERROR;
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var valid22 = _errs85 === errors;
if(!valid22){
break;
}
}
if(valid22){
let i8 = data30.length;
let j2;
if(i8 > 1){
const indices2 = {};
for(;i8--;){
let item2 = data30[i8];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err20 = ERROR;
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break;
}
indices2[item2] = i8;
}
}
}
}
else {
const err21 = ERROR;
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid3 = _errs83 === errors;
if(_valid3){
valid21 = true;
passing3 = 0;
}
const _errs87 = errors;
if(errors === _errs87){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key4 in data30){
let data32 = data30[key4];
const _errs90 = errors;
if(!((data32 === "started") || (data32 === "ready"))){
const err22 = ERROR;
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid24 = _errs90 === errors;
if(!valid24){
break;
}
}
}
else {
const err23 = ERROR;
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid3 = _errs87 === errors;
if(_valid3 && valid21){
valid21 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid21 = true;
passing3 = 1;
}
}
if(!valid21){
const err24 = ERROR;
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"type":"object","required":["name"],"properties":{"service":{"$ref":"#/$defs/identifier","description":"Service whose container the step runs in (exec)."},"image":{"type":"string","minLength":1,"description":"Run the step in a one-off container of this image instead of a service (present, pulled, or for `clnrm-fixture/NAME` built with `bash scripts/build-fixtures.sh NAME`)."},"env":{"$ref":"#/$defs/envMap"},"workdir":{"type":"string","minLength":1,"description":"Working directory of the step."},"timeout_ms":{"$ref":"#/$defs/durationMs","description":"The step is killed after this long. On a scenario with `run`, that single step's timeout, counted from the moment its process is observed running in the container; on a scenario with `steps`, the time allowed for all of them (scenario timeout), counted from the moment the first step's process is observed running."},"timeout_strategy":{"$ref":"#/$defs/timeoutStrategy"},"grace_period_ms":{"$ref":"#/$defs/durationMs","default":5000,"description":"Time between SIGTERM and SIGKILL for `graceful` timeouts."},"expect_exit_code":{"type":"integer","minimum":0,"maximum":255,"default":0,"description":"Exit code that counts as success."},"expected_output_regex":{"type":"string","format":"regex","description":"Regular expression stdout must match."},"continue_on_failure":{"type":"boolean","default":false,"description":"Run the following steps even when this one fails (the scenario still fails)."},"retries":{"$ref":"#/$defs/retries"},"name":{"$ref":"#/$defs/identifier","description":"Scenario name (span `clnrm.scenario:<name>`); unique in the file."},"description":{"type":"string"},"hypothesis":{"type":"string","minLength":1,"description":"The game-day hypothesis this scenario tests (`[game_day]`), e.g. \"the api survives a restart with availability ≥ 50 %\"; its expectations and KPI bounds are the success criteria."},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true},"services":{"type":"array","items":{"$ref":"#/$defs/identifier"},"uniqueItems":true,"description":"Services started for this scenario (default: all of `[service.*]`)."},"run":{"$ref":"#/$defs/command","description":"A single step named after the scenario. Give `run` or `steps`, not both."},"steps":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/step"},"description":"Named steps run in order."},"deadline_ms":{"$ref":"#/$defs/durationMs","description":"Absolute deadline, counted from the moment the scenario's first step's process is observed running (service start-up is not counted); the running step is stopped there."},"expect_failure":{"type":"boolean","default":false,"description":"The scenario passes only if it fails (an unexpected success is a failure)."},"artifacts":{"type":"object","additionalProperties":false,"properties":{"collect":{"type":"array","items":{"enum":["logs","spans","inspect","spans:stdout"]},"uniqueItems":true,"description":"Artifacts written to the report directory."}}},"chaos_injection":{"$ref":"#/$defs/fault","description":"One fault (shorthand for a one-element `chaos`)."},"chaos":{"type":"array","items":{"$ref":"#/$defs/fault"},"description":"Faults injected during the scenario."},"expect":{"$ref":"#/$defs/expect","description":"Expectations checked against this scenario's span subtree."},"steady_state":{"$ref":"#/$defs/steadyState","description":"The steady-state hypothesis: probes that say the system is healthy, checked before the faults, sampled while they run, and required again after they are reverted (docs/experiments.md)."},"monkey":{"$ref":"#/$defs/monkey","description":"Monkey mode: faults drawn from the seed at every `interval_ms` over `duration_ms`, each tick firing with `probability`, of the given `types` on the given `targets`; the draws are planned like declared faults (docs/experiments.md#monkey)."}},"not":{"required":["run","steps"]},"additionalProperties":false};
const schema54 = {"enum":["hard","graceful"],"default":"hard","description":"`hard`: SIGKILL at the deadline. `graceful`: SIGTERM, then SIGKILL after `grace_period_ms`."};
const schema56 = {"type":"object","additionalProperties":false,"required":["max"],"description":"Re-run a failed step.","properties":{"max":{"type":"integer","minimum":0,"maximum":100,"description":"Retries after the first attempt."},"backoff_ms":{"$ref":"#/$defs/durationMs","default":100,"description":"Wait before the first retry."},"factor":{"type":"number","minimum":1,"maximum":10,"default":2,"description":"Multiplier of the wait after each retry (exponential backoff)."},"max_backoff_ms":{"$ref":"#/$defs/durationMs","description":"Upper bound of a single wait."},"jitter":{"type":"number","minimum":0,"maximum":1,"default":0,"description":"Fraction of each wait drawn at random (from the seed) and added."}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.max === undefined) && (missing0 = "max")){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "max") || (key0 === "backoff_ms")) || (key0 === "factor")) || (key0 === "max_backoff_ms")) || (key0 === "jitter"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.max !== undefined){
let data0 = data.max;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate27.errors = [ERROR];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 > 100 || isNaN(data0)){
validate27.errors = [ERROR];
return false;
}
else {
if(data0 < 0 || isNaN(data0)){
validate27.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.backoff_ms !== undefined){
let data1 = data.backoff_ms;
const _errs4 = errors;
const _errs5 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate27.errors = [ERROR];
return false;
}
if(errors === _errs5){
if(typeof data1 == "number"){
if(data1 > 86400000 || isNaN(data1)){
validate27.errors = [ERROR];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate27.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.factor !== undefined){
let data2 = data.factor;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 == "number"){
if(data2 > 10 || isNaN(data2)){
validate27.errors = [ERROR];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate27.errors = [ERROR];
return false;
}
}
}
else {
validate27.errors = [ERROR];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_backoff_ms !== undefined){
let data3 = data.max_backoff_ms;
const _errs9 = errors;
const _errs10 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate27.errors = [ERROR];
return false;
}
if(errors === _errs10){
if(typeof data3 == "number"){
if(data3 > 86400000 || isNaN(data3)){
validate27.errors = [ERROR];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate27.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jitter !== undefined){
let data4 = data.jitter;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 == "number"){
if(data4 > 1 || isNaN(data4)){
validate27.errors = [ERROR];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate27.errors = [ERROR];
return false;
}
}
}
else {
validate27.errors = [ERROR];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","required":["name","run"],"properties":{"service":{"$ref":"#/$defs/identifier","description":"Service whose container the step runs in (exec)."},"image":{"type":"string","minLength":1,"description":"Run the step in a one-off container of this image instead of a service (present, pulled, or for `clnrm-fixture/NAME` built with `bash scripts/build-fixtures.sh NAME`)."},"env":{"$ref":"#/$defs/envMap"},"workdir":{"type":"string","minLength":1,"description":"Working directory of the step."},"timeout_ms":{"$ref":"#/$defs/durationMs","description":"The step is killed after this long. On a scenario with `run`, that single step's timeout, counted from the moment its process is observed running in the container; on a scenario with `steps`, the time allowed for all of them (scenario timeout), counted from the moment the first step's process is observed running."},"timeout_strategy":{"$ref":"#/$defs/timeoutStrategy"},"grace_period_ms":{"$ref":"#/$defs/durationMs","default":5000,"description":"Time between SIGTERM and SIGKILL for `graceful` timeouts."},"expect_exit_code":{"type":"integer","minimum":0,"maximum":255,"default":0,"description":"Exit code that counts as success."},"expected_output_regex":{"type":"string","format":"regex","description":"Regular expression stdout must match."},"continue_on_failure":{"type":"boolean","default":false,"description":"Run the following steps even when this one fails (the scenario still fails)."},"retries":{"$ref":"#/$defs/retries"},"name":{"$ref":"#/$defs/identifier","description":"Step name (span `clnrm.step:<name>`)."},"run":{"$ref":"#/$defs/command"},"expect_failure":{"type":"boolean","default":false,"description":"The step passes only if it fails."}},"additionalProperties":false};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.run === undefined) && (missing0 = "run"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema62.properties, key0))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.service !== undefined){
let data0 = data.service;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if((data0.length > 128 && func2(data0) > 128)){
validate29.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data0)){
validate29.errors = [ERROR];
return false;
}
}
}
else {
validate29.errors = [ERROR];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.image !== undefined){
let data1 = data.image;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if((data1.length < 2 && func2(data1) < 1)){
validate29.errors = [ERROR];
return false;
}
}
else {
validate29.errors = [ERROR];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.env !== undefined){
const _errs7 = errors;
if(!(validate22(data.env, CALL))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workdir !== undefined){
let data3 = data.workdir;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if((data3.length < 2 && func2(data3) < 1)){
validate29.errors = [ERROR];
return false;
}
}
else {
validate29.errors = [ERROR];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeout_ms !== undefined){
let data4 = data.timeout_ms;
const _errs10 = errors;
const _errs11 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate29.errors = [ERROR];
return false;
}
if(errors === _errs11){
if(typeof data4 == "number"){
if(data4 > 86400000 || isNaN(data4)){
validate29.errors = [ERROR];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate29.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeout_strategy !== undefined){
let data5 = data.timeout_strategy;
const _errs13 = errors;
if(!((data5 === "hard") || (data5 === "graceful"))){
validate29.errors = [ERROR];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.grace_period_ms !== undefined){
let data6 = data.grace_period_ms;
const _errs15 = errors;
const _errs16 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
validate29.errors = [ERROR];
return false;
}
if(errors === _errs16){
if(typeof data6 == "number"){
if(data6 > 86400000 || isNaN(data6)){
validate29.errors = [ERROR];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate29.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expect_exit_code !== undefined){
let data7 = data.expect_exit_code;
const _errs18 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate29.errors = [ERROR];
return false;
}
if(errors === _errs18){
if(typeof data7 == "number"){
if(data7 > 255 || isNaN(data7)){
validate29.errors = [ERROR];
return false;
}
else {
if(data7 < 0 || isNaN(data7)){
validate29.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expected_output_regex !== undefined){
let data8 = data.expected_output_regex;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data8 === "string"){
if(!(formats4(data8))){
validate29.errors = [ERROR];
return false;
}
}
else {
validate29.errors = [ERROR];
return false;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.continue_on_failure !== undefined){
const _errs22 = errors;
if(typeof data.continue_on_failure !== "boolean"){
validate29.errors = [ERROR];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retries !== undefined){
const _errs24 = errors;
if(!(validate27(data.retries, CALL))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data11 = data.name;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data11 === "string"){
if((data11.length > 128 && func2(data11) > 128)){
validate29.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data11)){
validate29.errors = [ERROR];
return false;
}
}
}
else {
validate29.errors = [ERROR];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.run !== undefined){
let data12 = data.run;
const _errs28 = errors;
const _errs30 = errors;
let valid7 = false;
let passing0 = null;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data12 === "string"){
if((data12.length < 2 && func2(data12) < 1)){
const err0 = ERROR;
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = ERROR;
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs31 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data12)){
if(data12.length < 1){
const err2 = ERROR;
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
var valid8 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
const _errs35 = errors;
if(typeof data12[i0] !== "string"){
const err3 = ERROR;
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid8 = _errs35 === errors;
if(!valid8){
break;
}
}
}
}
else {
const err4 = ERROR;
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs33 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
}
}
if(!valid7){
const err5 = ERROR;
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate29.errors = vErrors;
return false;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expect_failure !== undefined){
const _errs37 = errors;
if(typeof data.expect_failure !== "boolean"){
validate29.errors = [ERROR];
return false;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"type":"object","required":["type"],"properties":{"type":{"enum":["kill_container","stop_container","restart_container","pause_container","signal","kill_process","memory_pressure","cpu_throttle","disk_fill","fd_exhaustion","exit_code","timeout","syscall_error","slow_io","network_disconnect","partition","blackhole","reject","packet_loss","latency","bandwidth","slow_close","proxy_timeout","reset_peer","slicer","limit_data","http_error","http_slow","clock_skew","dns"],"description":"Fault kind (see the fault catalogue)."},"name":{"$ref":"#/$defs/identifier","description":"Label of the fault in spans and reports (default: its type)."},"target":{"$ref":"#/$defs/target"},"delay_ms":{"$ref":"#/$defs/durationMs","description":"Alias of `at_ms`."},"at_ms":{"$ref":"#/$defs/durationMs","description":"Inject this long after the anchor: 0 without `every_ms` or `step` applies the fault before the first step starts; otherwise it counts from the moment the first step's (or `step`'s) process is observed running (docs/chaos.md, Anchors)."},"duration_ms":{"$ref":"#/$defs/durationMs","description":"Revert the fault after this long (default: at scenario end)."},"every_ms":{"$ref":"#/$defs/durationMs","description":"Repeat the injection at this interval."},"count":{"type":"integer","minimum":1,"maximum":10000,"description":"Number of injections when repeating."},"probability":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Chance of each injection, drawn from the seed."},"step":{"$ref":"#/$defs/identifier","description":"Step the fault applies to (`exit_code`, `timeout`), or, for every other type, the step whose observed start `at_ms` counts from."}},"discriminator":{"propertyName":"type"},"oneOf":[{"properties":{"type":{"const":"kill_container"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"signal":true},"additionalProperties":false,"allOf":[{"description":"sends `signal` (default SIGKILL) to the target container","x-clnrm-targets":"service","properties":{"signal":{"$ref":"#/$defs/signalName"}}}]},{"properties":{"type":{"const":"stop_container"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"stop_timeout_ms":true},"additionalProperties":false,"allOf":[{"description":"stops the target (SIGTERM, then SIGKILL after `stop_timeout_ms`)","x-clnrm-targets":"service","properties":{"stop_timeout_ms":{"$ref":"#/$defs/durationMs","description":"Time between SIGTERM and SIGKILL."}}}]},{"properties":{"type":{"const":"restart_container"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true},"additionalProperties":false,"allOf":[{"description":"restarts the target","x-clnrm-targets":"service"}]},{"properties":{"type":{"const":"pause_container"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true},"additionalProperties":false,"allOf":[{"description":"freezes every process of the target; a step that runs in the target while it is paused waits for the unpause (`duration_ms`), or fails with reason `service_paused` naming the fault when the pause lasts until cleanup or a time limit comes first","x-clnrm-targets":"service"}]},{"properties":{"type":{"const":"signal"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"signal":true},"additionalProperties":false,"allOf":[{"description":"sends `signal` (default SIGTERM) to the target's main process","x-clnrm-targets":"service","properties":{"signal":{"$ref":"#/$defs/signalName"}}}]},{"properties":{"type":{"const":"kill_process"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"process":true,"signal":true},"additionalProperties":false,"allOf":[{"description":"kills the processes named `process` inside the target (`signal`, default SIGKILL)","x-clnrm-targets":"service","required":["process"],"properties":{"process":{"type":"string","minLength":1,"description":"Process name to match inside the container."},"signal":{"$ref":"#/$defs/signalName"}}}]},{"properties":{"type":{"const":"memory_pressure"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"memory_mb":true},"additionalProperties":false,"allOf":[{"description":"shrinks the target's live memory limit to `memory_mb` (default half its limit): reclaim, allocation failures or OOM kills follow","x-clnrm-targets":"service","properties":{"memory_mb":{"$ref":"#/$defs/memoryMb","description":"Live memory limit to shrink to (default: half of the service's limit)."}}}]},{"properties":{"type":{"const":"cpu_throttle"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"cpu_percent":true},"additionalProperties":false,"allOf":[{"description":"sets the target's live CPU quota to `cpu_percent` of one core","x-clnrm-targets":"service","required":["cpu_percent"],"properties":{"cpu_percent":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"CPU quota as a percentage of one core."}}}]},{"properties":{"type":{"const":"disk_fill"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"path":true,"size_mb":true},"additionalProperties":false,"allOf":[{"description":"writes a file into `path` until the filesystem is full (ENOSPC), or `size_mb`","x-clnrm-targets":"service","required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Directory to fill."},"size_mb":{"type":"integer","minimum":1,"description":"Bytes to write in MiB (default: until the disk is full)."}}}]},{"properties":{"type":{"const":"fd_exhaustion"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"nofile":true},"additionalProperties":false,"allOf":[{"description":"steps started in the target while the fault is active run with an open-files limit of `nofile` (default 16)","x-clnrm-targets":"service","properties":{"nofile":{"type":"integer","minimum":3,"description":"Open-files limit of the processes started in the target while the fault is active (default 16)."}}}]},{"properties":{"type":{"const":"exit_code"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"exit_code":true},"additionalProperties":false,"allOf":[{"description":"forces the step named `step` (or every step while active) to exit with `exit_code`","x-clnrm-targets":"step","required":["exit_code"],"properties":{"exit_code":{"type":"integer","minimum":1,"maximum":255,"description":"Code the step is forced to exit with."}}}]},{"properties":{"type":{"const":"timeout"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true},"additionalProperties":false,"allOf":[{"description":"stalls the step named `step` (or every step while active) so that its timeout fires","x-clnrm-targets":"step"}]},{"properties":{"type":{"const":"syscall_error"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"syscalls":true,"class":true,"rate_pct":true,"process":true,"errno":true},"additionalProperties":false,"allOf":[{"description":"makes the chosen syscalls (`syscalls` by name, or `class`) of the steps run in the target (or of its processes named `process`) fail with `errno` at `rate_pct` % (every n-th call of each syscall in each process, from a call drawn from the seed)","x-clnrm-targets":"service","required":["errno"],"properties":{"syscalls":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]*$"},"description":"Syscalls by name (`write`, `openat`, `connect`, …)."},"class":{"enum":["file","desc","network","memory","process","signal","ipc","creds","clock"],"description":"strace's class of syscalls (`file`: those taking a file name, `network`, `memory`, …); with `syscalls`, both."},"rate_pct":{"type":"number","minimum":0,"maximum":100,"default":100,"description":"Share of matching calls affected: every round(100 / rate_pct)-th call of each syscall in each process, from a call drawn from the seed; 0 traces without affecting."},"process":{"type":"string","minLength":1,"description":"Name of the target's running processes to attach to (default: the steps run in the target while the fault is active)."},"errno":{"enum":["EIO","ENOSPC","EDQUOT","EROFS","ENETDOWN","ENETUNREACH","EHOSTUNREACH","ECONNREFUSED","ECONNRESET","ETIMEDOUT","ENOMEM","EINTR","EAGAIN","EACCES","EPERM","ENOENT","EBADF","EMFILE","ENFILE","EBUSY","EPIPE","EINVAL","EFAULT"],"description":"The error the calls return (`ENOSPC`: disk full, `EIO`: disk failure, `ENETDOWN`: network down, `ENOMEM`: allocation failure, `EINTR`/`EAGAIN`: spurious)."}}},{"description":"A `syscall_error` fault with `syscalls` or `class`.","anyOf":[{"required":["syscalls"]},{"required":["class"]}]}]},{"properties":{"type":{"const":"slow_io"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"syscalls":true,"class":true,"rate_pct":true,"process":true,"call_delay_ms":true},"additionalProperties":false,"allOf":[{"description":"delays the chosen syscalls (default: read, write and fsync families) of the steps run in the target (or of its processes named `process`) by `call_delay_ms` at `rate_pct` %","x-clnrm-targets":"service","required":["call_delay_ms"],"properties":{"syscalls":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]*$"},"description":"Syscalls by name (`write`, `openat`, `connect`, …)."},"class":{"enum":["file","desc","network","memory","process","signal","ipc","creds","clock"],"description":"strace's class of syscalls (`file`: those taking a file name, `network`, `memory`, …); with `syscalls`, both."},"rate_pct":{"type":"number","minimum":0,"maximum":100,"default":100,"description":"Share of matching calls affected: every round(100 / rate_pct)-th call of each syscall in each process, from a call drawn from the seed; 0 traces without affecting."},"process":{"type":"string","minLength":1,"description":"Name of the target's running processes to attach to (default: the steps run in the target while the fault is active)."},"call_delay_ms":{"type":"integer","minimum":1,"maximum":60000,"description":"Added to each affected call (before it runs)."}}}]},{"properties":{"type":{"const":"network_disconnect"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true},"additionalProperties":false,"allOf":[{"description":"detaches the target from the scenario network","x-clnrm-targets":"service"}]},{"properties":{"type":{"const":"partition"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"groups":true,"isolate":true,"direction":true},"additionalProperties":false,"allOf":[{"description":"drops traffic between `groups` of services, or between `isolate` and all others (split brain); `direction = \"one_way\"` drops only the first group's outgoing traffic; `partition.detected` records that the runner saw the cut from inside","x-clnrm-targets":"network","x-clnrm-references":{"groups":"service","isolate":"service"},"properties":{"groups":{"type":"array","minItems":2,"items":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/identifier"}},"description":"Groups of services that cannot reach each other."},"isolate":{"$ref":"#/$defs/identifier","description":"Cut one service off from all others (split brain)."},"direction":{"enum":["both","one_way"],"default":"both"}}}]},{"properties":{"type":{"const":"blackhole"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"host":true,"port":true},"additionalProperties":false,"allOf":[{"description":"silently drops traffic from the target to `host`:`port` (or, without host, to its `port`)","x-clnrm-targets":"service","properties":{"host":{"type":"string","minLength":1},"port":{"type":"integer","minimum":1,"maximum":65535}}}]},{"properties":{"type":{"const":"reject"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"host":true,"port":true},"additionalProperties":false,"allOf":[{"description":"refuses connections with a TCP reset (connection refused)","x-clnrm-targets":"service","properties":{"host":{"type":"string","minLength":1},"port":{"type":"integer","minimum":1,"maximum":65535}}}]},{"properties":{"type":{"const":"packet_loss"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"percent":true,"mode":true},"additionalProperties":false,"allOf":[{"description":"drops `percent` % of the target's packets","x-clnrm-targets":"service","required":["percent"],"properties":{"percent":{"type":"number","minimum":0,"maximum":100,"description":"Share of packets dropped."},"mode":{"enum":["random","nth"],"default":"random","description":"`nth` drops every n-th packet: fully deterministic."}}}]},{"properties":{"type":{"const":"latency"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"latency_ms":true,"jitter_ms":true},"additionalProperties":false,"allOf":[{"description":"delays each chunk through the proxy by `latency_ms` ± `jitter_ms`","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","latency_ms"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"latency_ms":{"$ref":"#/$defs/durationMs","description":"Delay of each chunk."},"jitter_ms":{"$ref":"#/$defs/durationMs","description":"Random spread of the delay, drawn from the seed (default 0)."}}}]},{"properties":{"type":{"const":"bandwidth"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"rate_kbps":true},"additionalProperties":false,"allOf":[{"description":"limits the proxy to `rate_kbps` KB/s","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","rate_kbps"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"rate_kbps":{"type":"integer","minimum":1,"description":"Bandwidth in KB/s."}}}]},{"properties":{"type":{"const":"slow_close"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"delay_close_ms":true},"additionalProperties":false,"allOf":[{"description":"delays closing connections through the proxy by `delay_close_ms`","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","delay_close_ms"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"delay_close_ms":{"$ref":"#/$defs/durationMs","description":"Delay before a connection is closed."}}}]},{"properties":{"type":{"const":"proxy_timeout"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"timeout_close_ms":true},"additionalProperties":false,"allOf":[{"description":"stops forwarding data and closes the connection after `timeout_close_ms` (0: never closes; data flows again when removed)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"timeout_close_ms":{"$ref":"#/$defs/durationMs","description":"Time until the connection is closed (default 0: never)."}}}]},{"properties":{"type":{"const":"reset_peer"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"timeout_close_ms":true},"additionalProperties":false,"allOf":[{"description":"resets connections (TCP RST) `timeout_close_ms` after their first data (default at once)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"timeout_close_ms":{"$ref":"#/$defs/durationMs","description":"Time after the first data until the reset (default 0: at once)."}}}]},{"properties":{"type":{"const":"slicer"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"average_size":true,"size_variation":true},"additionalProperties":false,"allOf":[{"description":"slices data into chunks of `average_size` ± `size_variation` bytes, 1 ms apart","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","average_size"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"average_size":{"type":"integer","minimum":1,"description":"Average size of a chunk in bytes."},"size_variation":{"type":"integer","minimum":0,"description":"Random spread of the chunk size in bytes (default 0)."}}}]},{"properties":{"type":{"const":"limit_data"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"direction":true,"toxicity":true,"bytes":true},"additionalProperties":false,"allOf":[{"description":"closes the connection once `bytes` bytes went through the proxy","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","bytes"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"bytes":{"type":"integer","minimum":0,"description":"Bytes let through before the connection is closed."}}}]},{"properties":{"type":{"const":"http_error"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"method":true,"path_prefix":true,"rate":true,"status":true},"additionalProperties":false,"allOf":[{"description":"answers the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix` with `status`, without forwarding them (request i of the matching ones is chosen by the seeded draw for i)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` whose HTTP/1.x requests the fault acts on."},"method":{"type":"string","pattern":"^[A-Za-z]+$","description":"Only requests with this method (any when absent)."},"path_prefix":{"type":"string","pattern":"^/","description":"Only requests whose path starts with this (any when absent)."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of the matching requests acted on: request i (numbered in the order the proxy reads them) when the seeded draw for i is below it."},"status":{"type":"integer","minimum":100,"maximum":599,"default":503,"description":"The status of the answers."}}}]},{"properties":{"type":{"const":"http_slow"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"proxy":true,"method":true,"path_prefix":true,"rate":true,"response_delay_ms":true,"factor":true},"additionalProperties":false,"allOf":[{"description":"holds the response to the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix`: `response_delay_ms` longer, or `factor` times the upstream's own time to answer","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` whose HTTP/1.x requests the fault acts on."},"method":{"type":"string","pattern":"^[A-Za-z]+$","description":"Only requests with this method (any when absent)."},"path_prefix":{"type":"string","pattern":"^/","description":"Only requests whose path starts with this (any when absent)."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of the matching requests acted on: request i (numbered in the order the proxy reads them) when the seeded draw for i is below it."},"response_delay_ms":{"$ref":"#/$defs/durationMs","description":"Time added to each chosen response, from the moment the upstream answers."},"factor":{"type":"number","minimum":1,"description":"Instead of `response_delay_ms`: each chosen response takes this many times the upstream's time to answer (2: twice as slow)."}}}]},{"properties":{"type":{"const":"clock_skew"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"offset_ms":true},"additionalProperties":false,"allOf":[{"description":"shifts the wall clock the target's processes see by `offset_ms` (libfaketime; monotonic clocks keep running true)","x-clnrm-targets":"service","required":["offset_ms"],"properties":{"offset_ms":{"type":"integer","description":"How far the clock is moved: positive into the future, negative into the past."}}}]},{"properties":{"type":{"const":"dns"},"name":true,"target":true,"delay_ms":true,"at_ms":true,"duration_ms":true,"every_ms":true,"count":true,"probability":true,"step":true,"names":true,"mode":true,"to":true,"rate":true},"additionalProperties":false,"allOf":[{"description":"lookups of `names` inside the target fail (`mode = \"fail\"`), hang (`\"hang\"`), at the share `rate` of their queries, or resolve to the service `to` (`\"redirect\"`)","x-clnrm-targets":"service","x-clnrm-references":{"to":"service"},"required":["names"],"properties":{"names":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$"},"description":"The names whose lookups are affected, exactly as programs ask for them (`api`, `db.internal`)."},"mode":{"enum":["fail","hang","redirect"],"default":"fail"},"to":{"$ref":"#/$defs/identifier","description":"redirect: the service the names resolve to."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"fail, hang: share of the DNS queries for the names caught, rounded to 1/20; which of every 20 queries is drawn from the seed."}}}]}]};
const schema79 = {"enum":["SIGKILL","SIGTERM","SIGINT","SIGHUP","SIGUSR1","SIGUSR2","SIGQUIT","SIGSTOP","SIGCONT"],"description":"Signal name."};
const pattern20 = new RegExp("^[a-z_][a-z0-9_]*$", "u");
const pattern32 = new RegExp("^[A-Za-z]+$", "u");
const pattern33 = new RegExp("^/", "u");
const pattern37 = new RegExp("^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$", "u");
const schema72 = {"description":"A service name, a list of names, or `random(N, [a, b, c])` drawn from the seed.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"$ref":"#/$defs/identifier"},"uniqueItems":true}]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data === "string"){
if((data.length < 2 && func2(data) < 1)){
const err0 = {instancePath,schemaPath:"#/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data)){
if(data.length < 1){
const err2 = {instancePath,schemaPath:"#/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
var valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if((data0.length > 128 && func2(data0) > 128)){
const err3 = ERROR;
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(!pattern4.test(data0)){
const err4 = ERROR;
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = ERROR;
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err6 = {instancePath,schemaPath:"#/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break outer0;
}
}
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var items0 = true;
}
}
if(!valid0){
const err8 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate34.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate34.errors = vErrors;
evaluated0.items = items0;
return errors === 0;
}
validate34.evaluated = {"dynamicProps":false,"dynamicItems":true};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(!((((((((((((((((((((((((((((((data0 === "kill_container") || (data0 === "stop_container")) || (data0 === "restart_container")) || (data0 === "pause_container")) || (data0 === "signal")) || (data0 === "kill_process")) || (data0 === "memory_pressure")) || (data0 === "cpu_throttle")) || (data0 === "disk_fill")) || (data0 === "fd_exhaustion")) || (data0 === "exit_code")) || (data0 === "timeout")) || (data0 === "syscall_error")) || (data0 === "slow_io")) || (data0 === "network_disconnect")) || (data0 === "partition")) || (data0 === "blackhole")) || (data0 === "reject")) || (data0 === "packet_loss")) || (data0 === "latency")) || (data0 === "bandwidth")) || (data0 === "slow_close")) || (data0 === "proxy_timeout")) || (data0 === "reset_peer")) || (data0 === "slicer")) || (data0 === "limit_data")) || (data0 === "http_error")) || (data0 === "http_slow")) || (data0 === "clock_skew")) || (data0 === "dns"))){
validate33.errors = [ERROR];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if((data1.length > 128 && func2(data1) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data1)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.target !== undefined){
const _errs6 = errors;
if(!(validate34(data.target, CALL))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.delay_ms !== undefined){
let data3 = data.delay_ms;
const _errs7 = errors;
const _errs8 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs8){
if(typeof data3 == "number"){
if(data3 > 86400000 || isNaN(data3)){
validate33.errors = [ERROR];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.at_ms !== undefined){
let data4 = data.at_ms;
const _errs10 = errors;
const _errs11 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs11){
if(typeof data4 == "number"){
if(data4 > 86400000 || isNaN(data4)){
validate33.errors = [ERROR];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.duration_ms !== undefined){
let data5 = data.duration_ms;
const _errs13 = errors;
const _errs14 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs14){
if(typeof data5 == "number"){
if(data5 > 86400000 || isNaN(data5)){
validate33.errors = [ERROR];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.every_ms !== undefined){
let data6 = data.every_ms;
const _errs16 = errors;
const _errs17 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs17){
if(typeof data6 == "number"){
if(data6 > 86400000 || isNaN(data6)){
validate33.errors = [ERROR];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.count !== undefined){
let data7 = data.count;
const _errs19 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs19){
if(typeof data7 == "number"){
if(data7 > 10000 || isNaN(data7)){
validate33.errors = [ERROR];
return false;
}
else {
if(data7 < 1 || isNaN(data7)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.probability !== undefined){
let data8 = data.probability;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 == "number"){
if(data8 > 1 || isNaN(data8)){
validate33.errors = [ERROR];
return false;
}
else {
if(data8 < 0 || isNaN(data8)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.step !== undefined){
let data9 = data.step;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data9 === "string"){
if((data9.length > 128 && func2(data9) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data9)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "kill_container"){
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.signal !== undefined){
let data10 = data.signal;
if(!(((((((((data10 === "SIGKILL") || (data10 === "SIGTERM")) || (data10 === "SIGINT")) || (data10 === "SIGHUP")) || (data10 === "SIGUSR1")) || (data10 === "SIGUSR2")) || (data10 === "SIGQUIT")) || (data10 === "SIGSTOP")) || (data10 === "SIGCONT"))){
validate33.errors = [ERROR];
return false;
}
}
}
if(errors === _errs26){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs30 = errors;
for(const key0 in data){
if(!(func1.call(schema70.oneOf[0].properties, key0))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs30 === errors){
if(data.type !== undefined){
if("kill_container" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
var props0 = true;
}
else if(tag0 === "stop_container"){
const _errs32 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stop_timeout_ms !== undefined){
let data12 = data.stop_timeout_ms;
const _errs35 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs35){
if(typeof data12 == "number"){
if(data12 > 86400000 || isNaN(data12)){
validate33.errors = [ERROR];
return false;
}
else {
if(data12 < 0 || isNaN(data12)){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
}
if(errors === _errs32){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs37 = errors;
for(const key1 in data){
if(!(func1.call(schema70.oneOf[1].properties, key1))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs37 === errors){
if(data.type !== undefined){
if("stop_container" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "restart_container"){
const _errs39 = errors;
if(errors === _errs39){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs40 = errors;
for(const key2 in data){
if(!(func1.call(schema70.oneOf[2].properties, key2))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs40 === errors){
if(data.type !== undefined){
if("restart_container" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "pause_container"){
const _errs42 = errors;
if(errors === _errs42){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs43 = errors;
for(const key3 in data){
if(!(func1.call(schema70.oneOf[3].properties, key3))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs43 === errors){
if(data.type !== undefined){
if("pause_container" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "signal"){
const _errs45 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.signal !== undefined){
let data16 = data.signal;
if(!(((((((((data16 === "SIGKILL") || (data16 === "SIGTERM")) || (data16 === "SIGINT")) || (data16 === "SIGHUP")) || (data16 === "SIGUSR1")) || (data16 === "SIGUSR2")) || (data16 === "SIGQUIT")) || (data16 === "SIGSTOP")) || (data16 === "SIGCONT"))){
validate33.errors = [ERROR];
return false;
}
}
}
if(errors === _errs45){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs49 = errors;
for(const key4 in data){
if(!(func1.call(schema70.oneOf[4].properties, key4))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs49 === errors){
if(data.type !== undefined){
if("signal" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "kill_process"){
const _errs51 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.process === undefined) && (missing1 = "process")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/5/allOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.process !== undefined){
let data18 = data.process;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data18 === "string"){
if((data18.length < 2 && func2(data18) < 1)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid31 = _errs53 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.signal !== undefined){
let data19 = data.signal;
const _errs55 = errors;
if(!(((((((((data19 === "SIGKILL") || (data19 === "SIGTERM")) || (data19 === "SIGINT")) || (data19 === "SIGHUP")) || (data19 === "SIGUSR1")) || (data19 === "SIGUSR2")) || (data19 === "SIGQUIT")) || (data19 === "SIGSTOP")) || (data19 === "SIGCONT"))){
validate33.errors = [ERROR];
return false;
}
var valid31 = _errs55 === errors;
}
else {
var valid31 = true;
}
}
}
}
if(errors === _errs51){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs57 = errors;
for(const key5 in data){
if(!(func1.call(schema70.oneOf[5].properties, key5))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs57 === errors){
if(data.type !== undefined){
if("kill_process" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "memory_pressure"){
const _errs59 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.memory_mb !== undefined){
let data21 = data.memory_mb;
const _errs62 = errors;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs62){
if(typeof data21 == "number"){
if(data21 > 1048576 || isNaN(data21)){
validate33.errors = [ERROR];
return false;
}
else {
if(data21 < 6 || isNaN(data21)){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
}
if(errors === _errs59){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs64 = errors;
for(const key6 in data){
if(!(func1.call(schema70.oneOf[6].properties, key6))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs64 === errors){
if(data.type !== undefined){
if("memory_pressure" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "cpu_throttle"){
const _errs66 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.cpu_percent === undefined) && (missing2 = "cpu_percent")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/7/allOf/0/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data.cpu_percent !== undefined){
let data23 = data.cpu_percent;
const _errs68 = errors;
if(errors === _errs68){
if(typeof data23 == "number"){
if(data23 > 100 || isNaN(data23)){
validate33.errors = [ERROR];
return false;
}
else {
if(data23 <= 0 || isNaN(data23)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(errors === _errs66){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs70 = errors;
for(const key7 in data){
if(!(func1.call(schema70.oneOf[7].properties, key7))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs70 === errors){
if(data.type !== undefined){
if("cpu_throttle" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "disk_fill"){
const _errs72 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.path === undefined) && (missing3 = "path")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/8/allOf/0/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data.path !== undefined){
let data25 = data.path;
const _errs74 = errors;
if(errors === _errs74){
if(typeof data25 === "string"){
if((data25.length < 2 && func2(data25) < 1)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid45 = _errs74 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.size_mb !== undefined){
let data26 = data.size_mb;
const _errs76 = errors;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs76){
if(typeof data26 == "number"){
if(data26 < 1 || isNaN(data26)){
validate33.errors = [ERROR];
return false;
}
}
}
var valid45 = _errs76 === errors;
}
else {
var valid45 = true;
}
}
}
}
if(errors === _errs72){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs78 = errors;
for(const key8 in data){
if(!(func1.call(schema70.oneOf[8].properties, key8))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs78 === errors){
if(data.type !== undefined){
if("disk_fill" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "fd_exhaustion"){
const _errs80 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nofile !== undefined){
let data28 = data.nofile;
const _errs82 = errors;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs82){
if(typeof data28 == "number"){
if(data28 < 3 || isNaN(data28)){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(errors === _errs80){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs84 = errors;
for(const key9 in data){
if(!(func1.call(schema70.oneOf[9].properties, key9))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs84 === errors){
if(data.type !== undefined){
if("fd_exhaustion" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "exit_code"){
const _errs86 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.exit_code === undefined) && (missing4 = "exit_code")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/10/allOf/0/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data.exit_code !== undefined){
let data30 = data.exit_code;
const _errs88 = errors;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs88){
if(typeof data30 == "number"){
if(data30 > 255 || isNaN(data30)){
validate33.errors = [ERROR];
return false;
}
else {
if(data30 < 1 || isNaN(data30)){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
}
}
if(errors === _errs86){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs90 = errors;
for(const key10 in data){
if(!(func1.call(schema70.oneOf[10].properties, key10))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/10/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs90 === errors){
if(data.type !== undefined){
if("exit_code" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "timeout"){
const _errs92 = errors;
if(errors === _errs92){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs93 = errors;
for(const key11 in data){
if(!(func1.call(schema70.oneOf[11].properties, key11))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/11/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs93 === errors){
if(data.type !== undefined){
if("timeout" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "syscall_error"){
const _errs95 = errors;
const _errs96 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.errno === undefined) && (missing5 = "errno")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/12/allOf/0/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data.syscalls !== undefined){
let data33 = data.syscalls;
const _errs97 = errors;
if(errors === _errs97){
if(Array.isArray(data33)){
if(data33.length < 1){
validate33.errors = [ERROR];
return false;
}
else {
var valid61 = true;
const len0 = data33.length;
for(let i0=0; i0<len0; i0++){
let data34 = data33[i0];
const _errs99 = errors;
if(errors === _errs99){
if(typeof data34 === "string"){
if(!pattern20.test(data34)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid61 = _errs99 === errors;
if(!valid61){
break;
}
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid60 = _errs97 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data.class !== undefined){
let data35 = data.class;
const _errs101 = errors;
if(!(((((((((data35 === "file") || (data35 === "desc")) || (data35 === "network")) || (data35 === "memory")) || (data35 === "process")) || (data35 === "signal")) || (data35 === "ipc")) || (data35 === "creds")) || (data35 === "clock"))){
validate33.errors = [ERROR];
return false;
}
var valid60 = _errs101 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data.rate_pct !== undefined){
let data36 = data.rate_pct;
const _errs102 = errors;
if(errors === _errs102){
if(typeof data36 == "number"){
if(data36 > 100 || isNaN(data36)){
validate33.errors = [ERROR];
return false;
}
else {
if(data36 < 0 || isNaN(data36)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid60 = _errs102 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data.process !== undefined){
let data37 = data.process;
const _errs104 = errors;
if(errors === _errs104){
if(typeof data37 === "string"){
if((data37.length < 2 && func2(data37) < 1)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid60 = _errs104 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data.errno !== undefined){
let data38 = data.errno;
const _errs106 = errors;
if(!(((((((((((((((((((((((data38 === "EIO") || (data38 === "ENOSPC")) || (data38 === "EDQUOT")) || (data38 === "EROFS")) || (data38 === "ENETDOWN")) || (data38 === "ENETUNREACH")) || (data38 === "EHOSTUNREACH")) || (data38 === "ECONNREFUSED")) || (data38 === "ECONNRESET")) || (data38 === "ETIMEDOUT")) || (data38 === "ENOMEM")) || (data38 === "EINTR")) || (data38 === "EAGAIN")) || (data38 === "EACCES")) || (data38 === "EPERM")) || (data38 === "ENOENT")) || (data38 === "EBADF")) || (data38 === "EMFILE")) || (data38 === "ENFILE")) || (data38 === "EBUSY")) || (data38 === "EPIPE")) || (data38 === "EINVAL")) || (data38 === "EFAULT"))){
validate33.errors = [ERROR];
return false;
}
var valid60 = _errs106 === errors;
}
else {
var valid60 = true;
}
}
}
}
}
}
}
var valid59 = _errs96 === errors;
if(valid59){
const _errs107 = errors;
const _errs108 = errors;
let valid62 = false;
const _errs109 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.syscalls === undefined) && (missing6 = "syscalls")){
const err0 = {instancePath,schemaPath:"#/oneOf/12/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs109 === errors;
valid62 = valid62 || _valid0;
const _errs110 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.class === undefined) && (missing7 = "class")){
const err1 = {instancePath,schemaPath:"#/oneOf/12/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs110 === errors;
valid62 = valid62 || _valid0;
if(!valid62){
const err2 = {instancePath,schemaPath:"#/oneOf/12/allOf/1/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
}
var valid59 = _errs107 === errors;
}
if(errors === _errs95){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs111 = errors;
for(const key12 in data){
if(!(func1.call(schema70.oneOf[12].properties, key12))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/12/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs111 === errors){
if(data.type !== undefined){
if("syscall_error" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "slow_io"){
const _errs113 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.call_delay_ms === undefined) && (missing8 = "call_delay_ms")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/13/allOf/0/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
if(data.syscalls !== undefined){
let data40 = data.syscalls;
const _errs115 = errors;
if(errors === _errs115){
if(Array.isArray(data40)){
if(data40.length < 1){
validate33.errors = [ERROR];
return false;
}
else {
var valid67 = true;
const len1 = data40.length;
for(let i1=0; i1<len1; i1++){
let data41 = data40[i1];
const _errs117 = errors;
if(errors === _errs117){
if(typeof data41 === "string"){
if(!pattern20.test(data41)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid67 = _errs117 === errors;
if(!valid67){
break;
}
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid66 = _errs115 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data.class !== undefined){
let data42 = data.class;
const _errs119 = errors;
if(!(((((((((data42 === "file") || (data42 === "desc")) || (data42 === "network")) || (data42 === "memory")) || (data42 === "process")) || (data42 === "signal")) || (data42 === "ipc")) || (data42 === "creds")) || (data42 === "clock"))){
validate33.errors = [ERROR];
return false;
}
var valid66 = _errs119 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data.rate_pct !== undefined){
let data43 = data.rate_pct;
const _errs120 = errors;
if(errors === _errs120){
if(typeof data43 == "number"){
if(data43 > 100 || isNaN(data43)){
validate33.errors = [ERROR];
return false;
}
else {
if(data43 < 0 || isNaN(data43)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid66 = _errs120 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data.process !== undefined){
let data44 = data.process;
const _errs122 = errors;
if(errors === _errs122){
if(typeof data44 === "string"){
if((data44.length < 2 && func2(data44) < 1)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid66 = _errs122 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data.call_delay_ms !== undefined){
let data45 = data.call_delay_ms;
const _errs124 = errors;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs124){
if(typeof data45 == "number"){
if(data45 > 60000 || isNaN(data45)){
validate33.errors = [ERROR];
return false;
}
else {
if(data45 < 1 || isNaN(data45)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid66 = _errs124 === errors;
}
else {
var valid66 = true;
}
}
}
}
}
}
}
if(errors === _errs113){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs126 = errors;
for(const key13 in data){
if(!(func1.call(schema70.oneOf[13].properties, key13))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/13/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs126 === errors){
if(data.type !== undefined){
if("slow_io" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "network_disconnect"){
const _errs128 = errors;
if(errors === _errs128){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs129 = errors;
for(const key14 in data){
if(!(func1.call(schema70.oneOf[14].properties, key14))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/14/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs129 === errors){
if(data.type !== undefined){
if("network_disconnect" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "partition"){
const _errs131 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.groups !== undefined){
let data48 = data.groups;
const _errs133 = errors;
if(errors === _errs133){
if(Array.isArray(data48)){
if(data48.length < 2){
validate33.errors = [ERROR];
return false;
}
else {
var valid75 = true;
const len2 = data48.length;
for(let i2=0; i2<len2; i2++){
let data49 = data48[i2];
const _errs135 = errors;
if(errors === _errs135){
if(Array.isArray(data49)){
if(data49.length < 1){
validate33.errors = [ERROR];
return false;
}
else {
var valid76 = true;
const len3 = data49.length;
for(let i3=0; i3<len3; i3++){
let data50 = data49[i3];
const _errs137 = errors;
const _errs138 = errors;
if(errors === _errs138){
if(typeof data50 === "string"){
if((data50.length > 128 && func2(data50) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data50)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid76 = _errs137 === errors;
if(!valid76){
break;
}
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid75 = _errs135 === errors;
if(!valid75){
break;
}
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid74 = _errs133 === errors;
}
else {
var valid74 = true;
}
if(valid74){
if(data.isolate !== undefined){
let data51 = data.isolate;
const _errs140 = errors;
const _errs141 = errors;
if(errors === _errs141){
if(typeof data51 === "string"){
if((data51.length > 128 && func2(data51) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data51)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid74 = _errs140 === errors;
}
else {
var valid74 = true;
}
if(valid74){
if(data.direction !== undefined){
let data52 = data.direction;
const _errs143 = errors;
if(!((data52 === "both") || (data52 === "one_way"))){
validate33.errors = [ERROR];
return false;
}
var valid74 = _errs143 === errors;
}
else {
var valid74 = true;
}
}
}
}
if(errors === _errs131){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs144 = errors;
for(const key15 in data){
if(!(func1.call(schema70.oneOf[15].properties, key15))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/15/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs144 === errors){
if(data.type !== undefined){
if("partition" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "blackhole"){
const _errs146 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.host !== undefined){
let data54 = data.host;
const _errs148 = errors;
if(errors === _errs148){
if(typeof data54 === "string"){
if((data54.length < 2 && func2(data54) < 1)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid82 = _errs148 === errors;
}
else {
var valid82 = true;
}
if(valid82){
if(data.port !== undefined){
let data55 = data.port;
const _errs150 = errors;
if(!((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs150){
if(typeof data55 == "number"){
if(data55 > 65535 || isNaN(data55)){
validate33.errors = [ERROR];
return false;
}
else {
if(data55 < 1 || isNaN(data55)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid82 = _errs150 === errors;
}
else {
var valid82 = true;
}
}
}
if(errors === _errs146){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs152 = errors;
for(const key16 in data){
if(!(func1.call(schema70.oneOf[16].properties, key16))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/16/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs152 === errors){
if(data.type !== undefined){
if("blackhole" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "reject"){
const _errs154 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.host !== undefined){
let data57 = data.host;
const _errs156 = errors;
if(errors === _errs156){
if(typeof data57 === "string"){
if((data57.length < 2 && func2(data57) < 1)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid86 = _errs156 === errors;
}
else {
var valid86 = true;
}
if(valid86){
if(data.port !== undefined){
let data58 = data.port;
const _errs158 = errors;
if(!((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs158){
if(typeof data58 == "number"){
if(data58 > 65535 || isNaN(data58)){
validate33.errors = [ERROR];
return false;
}
else {
if(data58 < 1 || isNaN(data58)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid86 = _errs158 === errors;
}
else {
var valid86 = true;
}
}
}
if(errors === _errs154){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs160 = errors;
for(const key17 in data){
if(!(func1.call(schema70.oneOf[17].properties, key17))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/17/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs160 === errors){
if(data.type !== undefined){
if("reject" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "packet_loss"){
const _errs162 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.percent === undefined) && (missing9 = "percent")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/18/allOf/0/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
if(data.percent !== undefined){
let data60 = data.percent;
const _errs164 = errors;
if(errors === _errs164){
if(typeof data60 == "number"){
if(data60 > 100 || isNaN(data60)){
validate33.errors = [ERROR];
return false;
}
else {
if(data60 < 0 || isNaN(data60)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid90 = _errs164 === errors;
}
else {
var valid90 = true;
}
if(valid90){
if(data.mode !== undefined){
let data61 = data.mode;
const _errs166 = errors;
if(!((data61 === "random") || (data61 === "nth"))){
validate33.errors = [ERROR];
return false;
}
var valid90 = _errs166 === errors;
}
else {
var valid90 = true;
}
}
}
}
if(errors === _errs162){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs167 = errors;
for(const key18 in data){
if(!(func1.call(schema70.oneOf[18].properties, key18))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/18/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs167 === errors){
if(data.type !== undefined){
if("packet_loss" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "latency"){
const _errs169 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if(((data.proxy === undefined) && (missing10 = "proxy")) || ((data.latency_ms === undefined) && (missing10 = "latency_ms"))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/19/allOf/0/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
if(data.proxy !== undefined){
let data63 = data.proxy;
const _errs171 = errors;
const _errs172 = errors;
if(errors === _errs172){
if(typeof data63 === "string"){
if((data63.length > 128 && func2(data63) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data63)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid94 = _errs171 === errors;
}
else {
var valid94 = true;
}
if(valid94){
if(data.direction !== undefined){
let data64 = data.direction;
const _errs174 = errors;
if(!((data64 === "upstream") || (data64 === "downstream"))){
validate33.errors = [ERROR];
return false;
}
var valid94 = _errs174 === errors;
}
else {
var valid94 = true;
}
if(valid94){
if(data.toxicity !== undefined){
let data65 = data.toxicity;
const _errs175 = errors;
if(errors === _errs175){
if(typeof data65 == "number"){
if(data65 > 1 || isNaN(data65)){
validate33.errors = [ERROR];
return false;
}
else {
if(data65 < 0 || isNaN(data65)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid94 = _errs175 === errors;
}
else {
var valid94 = true;
}
if(valid94){
if(data.latency_ms !== undefined){
let data66 = data.latency_ms;
const _errs177 = errors;
const _errs178 = errors;
if(!((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs178){
if(typeof data66 == "number"){
if(data66 > 86400000 || isNaN(data66)){
validate33.errors = [ERROR];
return false;
}
else {
if(data66 < 0 || isNaN(data66)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid94 = _errs177 === errors;
}
else {
var valid94 = true;
}
if(valid94){
if(data.jitter_ms !== undefined){
let data67 = data.jitter_ms;
const _errs180 = errors;
const _errs181 = errors;
if(!((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs181){
if(typeof data67 == "number"){
if(data67 > 86400000 || isNaN(data67)){
validate33.errors = [ERROR];
return false;
}
else {
if(data67 < 0 || isNaN(data67)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid94 = _errs180 === errors;
}
else {
var valid94 = true;
}
}
}
}
}
}
}
if(errors === _errs169){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs183 = errors;
for(const key19 in data){
if(!(func1.call(schema70.oneOf[19].properties, key19))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/19/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs183 === errors){
if(data.type !== undefined){
if("latency" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "bandwidth"){
const _errs185 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if(((data.proxy === undefined) && (missing11 = "proxy")) || ((data.rate_kbps === undefined) && (missing11 = "rate_kbps"))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/20/allOf/0/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
if(data.proxy !== undefined){
let data69 = data.proxy;
const _errs187 = errors;
const _errs188 = errors;
if(errors === _errs188){
if(typeof data69 === "string"){
if((data69.length > 128 && func2(data69) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data69)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid101 = _errs187 === errors;
}
else {
var valid101 = true;
}
if(valid101){
if(data.direction !== undefined){
let data70 = data.direction;
const _errs190 = errors;
if(!((data70 === "upstream") || (data70 === "downstream"))){
validate33.errors = [ERROR];
return false;
}
var valid101 = _errs190 === errors;
}
else {
var valid101 = true;
}
if(valid101){
if(data.toxicity !== undefined){
let data71 = data.toxicity;
const _errs191 = errors;
if(errors === _errs191){
if(typeof data71 == "number"){
if(data71 > 1 || isNaN(data71)){
validate33.errors = [ERROR];
return false;
}
else {
if(data71 < 0 || isNaN(data71)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid101 = _errs191 === errors;
}
else {
var valid101 = true;
}
if(valid101){
if(data.rate_kbps !== undefined){
let data72 = data.rate_kbps;
const _errs193 = errors;
if(!((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs193){
if(typeof data72 == "number"){
if(data72 < 1 || isNaN(data72)){
validate33.errors = [ERROR];
return false;
}
}
}
var valid101 = _errs193 === errors;
}
else {
var valid101 = true;
}
}
}
}
}
}
if(errors === _errs185){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs195 = errors;
for(const key20 in data){
if(!(func1.call(schema70.oneOf[20].properties, key20))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/20/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs195 === errors){
if(data.type !== undefined){
if("bandwidth" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "slow_close"){
const _errs197 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if(((data.proxy === undefined) && (missing12 = "proxy")) || ((data.delay_close_ms === undefined) && (missing12 = "delay_close_ms"))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/21/allOf/0/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
if(data.proxy !== undefined){
let data74 = data.proxy;
const _errs199 = errors;
const _errs200 = errors;
if(errors === _errs200){
if(typeof data74 === "string"){
if((data74.length > 128 && func2(data74) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data74)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid106 = _errs199 === errors;
}
else {
var valid106 = true;
}
if(valid106){
if(data.direction !== undefined){
let data75 = data.direction;
const _errs202 = errors;
if(!((data75 === "upstream") || (data75 === "downstream"))){
validate33.errors = [ERROR];
return false;
}
var valid106 = _errs202 === errors;
}
else {
var valid106 = true;
}
if(valid106){
if(data.toxicity !== undefined){
let data76 = data.toxicity;
const _errs203 = errors;
if(errors === _errs203){
if(typeof data76 == "number"){
if(data76 > 1 || isNaN(data76)){
validate33.errors = [ERROR];
return false;
}
else {
if(data76 < 0 || isNaN(data76)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid106 = _errs203 === errors;
}
else {
var valid106 = true;
}
if(valid106){
if(data.delay_close_ms !== undefined){
let data77 = data.delay_close_ms;
const _errs205 = errors;
const _errs206 = errors;
if(!((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs206){
if(typeof data77 == "number"){
if(data77 > 86400000 || isNaN(data77)){
validate33.errors = [ERROR];
return false;
}
else {
if(data77 < 0 || isNaN(data77)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid106 = _errs205 === errors;
}
else {
var valid106 = true;
}
}
}
}
}
}
if(errors === _errs197){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs208 = errors;
for(const key21 in data){
if(!(func1.call(schema70.oneOf[21].properties, key21))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/21/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs208 === errors){
if(data.type !== undefined){
if("slow_close" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "proxy_timeout"){
const _errs210 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.proxy === undefined) && (missing13 = "proxy")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/22/allOf/0/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
if(data.proxy !== undefined){
let data79 = data.proxy;
const _errs212 = errors;
const _errs213 = errors;
if(errors === _errs213){
if(typeof data79 === "string"){
if((data79.length > 128 && func2(data79) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data79)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid112 = _errs212 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data.direction !== undefined){
let data80 = data.direction;
const _errs215 = errors;
if(!((data80 === "upstream") || (data80 === "downstream"))){
validate33.errors = [ERROR];
return false;
}
var valid112 = _errs215 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data.toxicity !== undefined){
let data81 = data.toxicity;
const _errs216 = errors;
if(errors === _errs216){
if(typeof data81 == "number"){
if(data81 > 1 || isNaN(data81)){
validate33.errors = [ERROR];
return false;
}
else {
if(data81 < 0 || isNaN(data81)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid112 = _errs216 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data.timeout_close_ms !== undefined){
let data82 = data.timeout_close_ms;
const _errs218 = errors;
const _errs219 = errors;
if(!((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs219){
if(typeof data82 == "number"){
if(data82 > 86400000 || isNaN(data82)){
validate33.errors = [ERROR];
return false;
}
else {
if(data82 < 0 || isNaN(data82)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid112 = _errs218 === errors;
}
else {
var valid112 = true;
}
}
}
}
}
}
if(errors === _errs210){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs221 = errors;
for(const key22 in data){
if(!(func1.call(schema70.oneOf[22].properties, key22))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/22/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs221 === errors){
if(data.type !== undefined){
if("proxy_timeout" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "reset_peer"){
const _errs223 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.proxy === undefined) && (missing14 = "proxy")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/23/allOf/0/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
if(data.proxy !== undefined){
let data84 = data.proxy;
const _errs225 = errors;
const _errs226 = errors;
if(errors === _errs226){
if(typeof data84 === "string"){
if((data84.length > 128 && func2(data84) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data84)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid118 = _errs225 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data.direction !== undefined){
let data85 = data.direction;
const _errs228 = errors;
if(!((data85 === "upstream") || (data85 === "downstream"))){
validate33.errors = [ERROR];
return false;
}
var valid118 = _errs228 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data.toxicity !== undefined){
let data86 = data.toxicity;
const _errs229 = errors;
if(errors === _errs229){
if(typeof data86 == "number"){
if(data86 > 1 || isNaN(data86)){
validate33.errors = [ERROR];
return false;
}
else {
if(data86 < 0 || isNaN(data86)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid118 = _errs229 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data.timeout_close_ms !== undefined){
let data87 = data.timeout_close_ms;
const _errs231 = errors;
const _errs232 = errors;
if(!((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs232){
if(typeof data87 == "number"){
if(data87 > 86400000 || isNaN(data87)){
validate33.errors = [ERROR];
return false;
}
else {
if(data87 < 0 || isNaN(data87)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid118 = _errs231 === errors;
}
else {
var valid118 = true;
}
}
}
}
}
}
if(errors === _errs223){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs234 = errors;
for(const key23 in data){
if(!(func1.call(schema70.oneOf[23].properties, key23))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/23/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs234 === errors){
if(data.type !== undefined){
if("reset_peer" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "slicer"){
const _errs236 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if(((data.proxy === undefined) && (missing15 = "proxy")) || ((data.average_size === undefined) && (missing15 = "average_size"))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/24/allOf/0/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
if(data.proxy !== undefined){
let data89 = data.proxy;
const _errs238 = errors;
const _errs239 = errors;
if(errors === _errs239){
if(typeof data89 === "string"){
if((data89.length > 128 && func2(data89) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data89)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid124 = _errs238 === errors;
}
else {
var valid124 = true;
}
if(valid124){
if(data.direction !== undefined){
let data90 = data.direction;
const _errs241 = errors;
if(!((data90 === "upstream") || (data90 === "downstream"))){
validate33.errors = [ERROR];
return false;
}
var valid124 = _errs241 === errors;
}
else {
var valid124 = true;
}
if(valid124){
if(data.toxicity !== undefined){
let data91 = data.toxicity;
const _errs242 = errors;
if(errors === _errs242){
if(typeof data91 == "number"){
if(data91 > 1 || isNaN(data91)){
validate33.errors = [ERROR];
return false;
}
else {
if(data91 < 0 || isNaN(data91)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid124 = _errs242 === errors;
}
else {
var valid124 = true;
}
if(valid124){
if(data.average_size !== undefined){
let data92 = data.average_size;
const _errs244 = errors;
if(!((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs244){
if(typeof data92 == "number"){
if(data92 < 1 || isNaN(data92)){
validate33.errors = [ERROR];
return false;
}
}
}
var valid124 = _errs244 === errors;
}
else {
var valid124 = true;
}
if(valid124){
if(data.size_variation !== undefined){
let data93 = data.size_variation;
const _errs246 = errors;
if(!((typeof data93 == "number") && (!(data93 % 1) && !isNaN(data93)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs246){
if(typeof data93 == "number"){
if(data93 < 0 || isNaN(data93)){
validate33.errors = [ERROR];
return false;
}
}
}
var valid124 = _errs246 === errors;
}
else {
var valid124 = true;
}
}
}
}
}
}
}
if(errors === _errs236){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs248 = errors;
for(const key24 in data){
if(!(func1.call(schema70.oneOf[24].properties, key24))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs248 === errors){
if(data.type !== undefined){
if("slicer" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "limit_data"){
const _errs250 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if(((data.proxy === undefined) && (missing16 = "proxy")) || ((data.bytes === undefined) && (missing16 = "bytes"))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/25/allOf/0/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"}];
return false;
}
else {
if(data.proxy !== undefined){
let data95 = data.proxy;
const _errs252 = errors;
const _errs253 = errors;
if(errors === _errs253){
if(typeof data95 === "string"){
if((data95.length > 128 && func2(data95) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data95)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid129 = _errs252 === errors;
}
else {
var valid129 = true;
}
if(valid129){
if(data.direction !== undefined){
let data96 = data.direction;
const _errs255 = errors;
if(!((data96 === "upstream") || (data96 === "downstream"))){
validate33.errors = [ERROR];
return false;
}
var valid129 = _errs255 === errors;
}
else {
var valid129 = true;
}
if(valid129){
if(data.toxicity !== undefined){
let data97 = data.toxicity;
const _errs256 = errors;
if(errors === _errs256){
if(typeof data97 == "number"){
if(data97 > 1 || isNaN(data97)){
validate33.errors = [ERROR];
return false;
}
else {
if(data97 < 0 || isNaN(data97)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid129 = _errs256 === errors;
}
else {
var valid129 = true;
}
if(valid129){
if(data.bytes !== undefined){
let data98 = data.bytes;
const _errs258 = errors;
if(!((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs258){
if(typeof data98 == "number"){
if(data98 < 0 || isNaN(data98)){
validate33.errors = [ERROR];
return false;
}
}
}
var valid129 = _errs258 === errors;
}
else {
var valid129 = true;
}
}
}
}
}
}
if(errors === _errs250){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs260 = errors;
for(const key25 in data){
if(!(func1.call(schema70.oneOf[25].properties, key25))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/25/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs260 === errors){
if(data.type !== undefined){
if("limit_data" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "http_error"){
const _errs262 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing17;
if((data.proxy === undefined) && (missing17 = "proxy")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/26/allOf/0/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"}];
return false;
}
else {
if(data.proxy !== undefined){
let data100 = data.proxy;
const _errs264 = errors;
const _errs265 = errors;
if(errors === _errs265){
if(typeof data100 === "string"){
if((data100.length > 128 && func2(data100) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data100)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid134 = _errs264 === errors;
}
else {
var valid134 = true;
}
if(valid134){
if(data.method !== undefined){
let data101 = data.method;
const _errs267 = errors;
if(errors === _errs267){
if(typeof data101 === "string"){
if(!pattern32.test(data101)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid134 = _errs267 === errors;
}
else {
var valid134 = true;
}
if(valid134){
if(data.path_prefix !== undefined){
let data102 = data.path_prefix;
const _errs269 = errors;
if(errors === _errs269){
if(typeof data102 === "string"){
if(!pattern33.test(data102)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid134 = _errs269 === errors;
}
else {
var valid134 = true;
}
if(valid134){
if(data.rate !== undefined){
let data103 = data.rate;
const _errs271 = errors;
if(errors === _errs271){
if(typeof data103 == "number"){
if(data103 > 1 || isNaN(data103)){
validate33.errors = [ERROR];
return false;
}
else {
if(data103 < 0 || isNaN(data103)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid134 = _errs271 === errors;
}
else {
var valid134 = true;
}
if(valid134){
if(data.status !== undefined){
let data104 = data.status;
const _errs273 = errors;
if(!((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs273){
if(typeof data104 == "number"){
if(data104 > 599 || isNaN(data104)){
validate33.errors = [ERROR];
return false;
}
else {
if(data104 < 100 || isNaN(data104)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid134 = _errs273 === errors;
}
else {
var valid134 = true;
}
}
}
}
}
}
}
if(errors === _errs262){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs275 = errors;
for(const key26 in data){
if(!(func1.call(schema70.oneOf[26].properties, key26))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/26/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs275 === errors){
if(data.type !== undefined){
if("http_error" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "http_slow"){
const _errs277 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing18;
if((data.proxy === undefined) && (missing18 = "proxy")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/27/allOf/0/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"}];
return false;
}
else {
if(data.proxy !== undefined){
let data106 = data.proxy;
const _errs279 = errors;
const _errs280 = errors;
if(errors === _errs280){
if(typeof data106 === "string"){
if((data106.length > 128 && func2(data106) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data106)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid139 = _errs279 === errors;
}
else {
var valid139 = true;
}
if(valid139){
if(data.method !== undefined){
let data107 = data.method;
const _errs282 = errors;
if(errors === _errs282){
if(typeof data107 === "string"){
if(!pattern32.test(data107)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid139 = _errs282 === errors;
}
else {
var valid139 = true;
}
if(valid139){
if(data.path_prefix !== undefined){
let data108 = data.path_prefix;
const _errs284 = errors;
if(errors === _errs284){
if(typeof data108 === "string"){
if(!pattern33.test(data108)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid139 = _errs284 === errors;
}
else {
var valid139 = true;
}
if(valid139){
if(data.rate !== undefined){
let data109 = data.rate;
const _errs286 = errors;
if(errors === _errs286){
if(typeof data109 == "number"){
if(data109 > 1 || isNaN(data109)){
validate33.errors = [ERROR];
return false;
}
else {
if(data109 < 0 || isNaN(data109)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid139 = _errs286 === errors;
}
else {
var valid139 = true;
}
if(valid139){
if(data.response_delay_ms !== undefined){
let data110 = data.response_delay_ms;
const _errs288 = errors;
const _errs289 = errors;
if(!((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110)))){
validate33.errors = [ERROR];
return false;
}
if(errors === _errs289){
if(typeof data110 == "number"){
if(data110 > 86400000 || isNaN(data110)){
validate33.errors = [ERROR];
return false;
}
else {
if(data110 < 0 || isNaN(data110)){
validate33.errors = [ERROR];
return false;
}
}
}
}
var valid139 = _errs288 === errors;
}
else {
var valid139 = true;
}
if(valid139){
if(data.factor !== undefined){
let data111 = data.factor;
const _errs291 = errors;
if(errors === _errs291){
if(typeof data111 == "number"){
if(data111 < 1 || isNaN(data111)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid139 = _errs291 === errors;
}
else {
var valid139 = true;
}
}
}
}
}
}
}
}
if(errors === _errs277){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs293 = errors;
for(const key27 in data){
if(!(func1.call(schema70.oneOf[27].properties, key27))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/27/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs293 === errors){
if(data.type !== undefined){
if("http_slow" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "clock_skew"){
const _errs295 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing19;
if((data.offset_ms === undefined) && (missing19 = "offset_ms")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/28/allOf/0/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];
return false;
}
else {
if(data.offset_ms !== undefined){
let data113 = data.offset_ms;
if(!((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113)))){
validate33.errors = [ERROR];
return false;
}
}
}
}
if(errors === _errs295){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs299 = errors;
for(const key28 in data){
if(!(func1.call(schema70.oneOf[28].properties, key28))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/28/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs299 === errors){
if(data.type !== undefined){
if("clock_skew" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "dns"){
const _errs301 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing20;
if((data.names === undefined) && (missing20 = "names")){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/29/allOf/0/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"}];
return false;
}
else {
if(data.names !== undefined){
let data115 = data.names;
const _errs303 = errors;
if(errors === _errs303){
if(Array.isArray(data115)){
if(data115.length < 1){
validate33.errors = [ERROR];
return false;
}
else {
var valid150 = true;
const len4 = data115.length;
for(let i4=0; i4<len4; i4++){
let data116 = data115[i4];
const _errs305 = errors;
if(errors === _errs305){
if(typeof data116 === "string"){
if(!pattern37.test(data116)){
validate33.errors = [ERROR];
return false;
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid150 = _errs305 === errors;
if(!valid150){
break;
}
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid149 = _errs303 === errors;
}
else {
var valid149 = true;
}
if(valid149){
if(data.mode !== undefined){
let data117 = data.mode;
const _errs307 = errors;
if(!(((data117 === "fail") || (data117 === "hang")) || (data117 === "redirect"))){
validate33.errors = [ERROR];
return false;
}
var valid149 = _errs307 === errors;
}
else {
var valid149 = true;
}
if(valid149){
if(data.to !== undefined){
let data118 = data.to;
const _errs308 = errors;
const _errs309 = errors;
if(errors === _errs309){
if(typeof data118 === "string"){
if((data118.length > 128 && func2(data118) > 128)){
validate33.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data118)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid149 = _errs308 === errors;
}
else {
var valid149 = true;
}
if(valid149){
if(data.rate !== undefined){
let data119 = data.rate;
const _errs311 = errors;
if(errors === _errs311){
if(typeof data119 == "number"){
if(data119 > 1 || isNaN(data119)){
validate33.errors = [ERROR];
return false;
}
else {
if(data119 < 0 || isNaN(data119)){
validate33.errors = [ERROR];
return false;
}
}
}
else {
validate33.errors = [ERROR];
return false;
}
}
var valid149 = _errs311 === errors;
}
else {
var valid149 = true;
}
}
}
}
}
}
if(errors === _errs301){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs313 = errors;
for(const key29 in data){
if(!(func1.call(schema70.oneOf[29].properties, key29))){
validate33.errors = [{instancePath,schemaPath:"#/oneOf/29/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs313 === errors){
if(data.type !== undefined){
if("dns" !== data.type){
validate33.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate33.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema102 = {"type":"object","additionalProperties":false,"properties":{"span":{"type":"array","items":{"$ref":"#/$defs/expectSpan"},"description":"Spans that must exist, with their parent, attributes, events, status and duration."},"graph":{"type":"object","additionalProperties":false,"properties":{"must_include":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[parent, child]` edges that must exist."},"must_not_cross":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]` pairs with no edge between them."},"acyclic":{"type":"boolean","description":"The span graph has no cycle."},"no_orphans":{"type":"boolean","description":"`true`: fails when a span of the system under test has a parent id that resolves to nothing in the scenario's trace (or no parent at all); such spans are otherwise only a `clnrm.orphan` warning. `false` checks nothing."}}},"counts":{"type":"object","additionalProperties":false,"properties":{"spans_total":{"$ref":"#/$defs/countBound"},"events_total":{"$ref":"#/$defs/countBound"},"errors_total":{"$ref":"#/$defs/countBound"},"by_name":{"type":"object","additionalProperties":{"$ref":"#/$defs/countBound"},"description":"Bounds per span name."}}},"window":{"type":"array","items":{"type":"object","required":["outer","contains"],"additionalProperties":false,"properties":{"outer":{"type":"string","minLength":1,"description":"Span whose time window must contain the others."},"contains":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Names of the spans that must each lie within the time window of some `outer` span."},"max_duration_ms":{"$ref":"#/$defs/durationMs","description":"Every `outer` span lasts at most this long (ms)."}}},"description":"Temporal containment."},"order":{"type":"object","additionalProperties":false,"properties":{"must_precede":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]`: a ends before b starts."},"must_follow":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]`: a starts after b ends."}}},"status":{"type":"object","additionalProperties":false,"properties":{"all":{"enum":["OK","ERROR","UNSET"],"description":"Status of every span."},"by_name":{"type":"object","additionalProperties":{"enum":["OK","ERROR","UNSET"]},"description":"Status per span name (`*` patterns allowed)."},"errors_allowed":{"type":"integer","minimum":0,"default":0,"description":"How many spans with status ERROR `all = \"OK\"` tolerates (needs `all = \"OK\"`)."}}},"hermeticity":{"type":"object","additionalProperties":false,"properties":{"no_container_leakage":{"type":"boolean","description":"No labelled container remains after cleanup (checked on the engine)."},"no_network_leakage":{"type":"boolean","description":"No labelled network remains."},"no_volume_leakage":{"type":"boolean","description":"No labelled volume remains."},"no_process_leakage":{"type":"boolean","description":"No process a step started (found by the container's process table before and after the step, so setsid'd and double-forked ones too) is alive 2 s after it ends; such processes are killed. See docs/expectations.md."},"no_external_services":{"type":"boolean","description":"No span of the system under test names a peer outside the scenario in any peer attribute of the OpenTelemetry conventions (hosts inside URLs, connection strings and arrays included); loopback, services, proxies and the scenario's containers are allowed. See docs/expectations.md."},"resource_attrs_must_match":{"$ref":"#/$defs/attrMap","description":"Resource attributes every span of the system under test must carry (at least one such span must exist); values are literals or matcher tables as in `attrs.all`."},"span_attrs_forbid_keys":{"type":"array","items":{"type":"string"},"description":"Attribute keys no span may carry."}}},"consistency":{"type":"object","additionalProperties":false,"required":["present_step","present_regex"],"properties":{"ack_steps":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Steps whose stdout reports the acknowledged operations, one line each matching `ack_regex` (give `ack_steps` and `ack_regex`, or `ack_span` and `key_attr`)."},"ack_regex":{"type":"string","format":"regex","description":"Regular expression tried on each stdout line of the `ack_steps`; a matching line is one acknowledged operation, its key the named group `key` (`(?<key>...)`)."},"ack_span":{"type":"string","minLength":1,"description":"Name of the spans of the system under test that acknowledge an operation: those with status OK, carrying the key in `key_attr`, credited to this scenario."},"key_attr":{"type":"string","minLength":1,"description":"Attribute of an `ack_span` span that holds the key."},"present_step":{"type":"string","minLength":1,"description":"The reader: a step after every ack step (and after the faults it must survive) whose stdout lists the items present, one line each matching `present_regex`. It must run and pass, or the check is an error."},"present_regex":{"type":"string","format":"regex","description":"Regular expression tried on each stdout line of `present_step`; the named group `key` is an item present."},"lost":{"$ref":"#/$defs/countOrBound","description":"How many acknowledged keys may be absent from the reader's listing (`lost = 0`: nothing lost)."},"duplicated":{"$ref":"#/$defs/countOrBound","description":"How many keys the reader may list more than once."},"unexpected":{"$ref":"#/$defs/countOrBound","description":"How many keys the reader may list that were never acknowledged."},"expect_failure":{"type":"boolean","default":false,"description":"The check passes only if a bound is violated (it proves the check catches a loss); a check that could not be judged stays an error."}},"description":"Nothing lost: acknowledged operations (writer steps' stdout or spans) against the items a reader step lists after recovery; counts of lost, duplicated and unexpected keys with bounds. Only in a scenario's `expect`."},"kpi":{"type":"object","additionalProperties":false,"properties":{"mttd_ms":{"$ref":"#/$defs/kpiBound","description":"Mean time to detect, in ms: fault applied → detection (`[scenario.steady_state] detect`: first probe sample that lost the steady state, or first ERROR span of the named kind)."},"mttr_ms":{"$ref":"#/$defs/kpiBound","description":"Mean time to recover, in ms: detection → first probe sample that restored the steady state."},"availability_pct":{"$ref":"#/$defs/kpiBound","description":"Healthy probe samples over all samples after the check before the faults, in %."},"recovery_rate_pct":{"$ref":"#/$defs/kpiBound","description":"Effective faults after which the steady state held again within `recover_within_ms`, in %."},"error_budget_used_pct":{"$ref":"#/$defs/kpiBound","description":"Failed requests over all requests (`[scenario.steady_state] error_budget`), in % of the budget; above 100 when the budget is overrun."}},"description":"Bounds on the experiment's KPIs, measured from the `[scenario.steady_state]` probe samples (docs/experiments.md). A KPI that was not measured fails its bound."},"supervision":{"type":"array","description":"Supervision: after each kill of `service` (an effective `kill_process`, `kill_container` or `stop_container` fault on it), the engine restarted it (its RestartCount rose) and it ran again, and was ready again when it has `wait`, within `back_within_ms`; and it restarted at most `max_restarts_per_minute` times in any minute. A service never killed makes the check an error, not a pass. Only in a scenario's `expect`.","items":{"type":"object","additionalProperties":false,"required":["service","back_within_ms"],"properties":{"service":{"type":"string","minLength":1,"description":"The supervised service (started by the scenario)."},"back_within_ms":{"$ref":"#/$defs/durationMs","description":"Longest time from the start of a kill to the service running (and ready) again under the engine's restart."},"max_restarts_per_minute":{"type":"integer","minimum":0,"description":"Most restarts by the engine in any 60 s of the scenario (a crash loop exceeds it)."}}}},"during":{"type":"array","description":"Span conditions scoped to fault windows: among the spans of the name that overlap (or lie within) the window of `fault` (or of `during_all` / `during_any`), every one satisfies the constraints and at least one exists, or `count` of them do. A fault that was never injected makes the check an error. Only in a scenario's `expect` (docs/expectations.md#fault-windows).","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"fault":{"$ref":"#/$defs/identifier","description":"The fault (by its `name`, default its type) whose window scopes the conditions: from the start of its injection to the end of its revert (docs/expectations.md#fault-windows)."},"during_all":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/identifier"},"description":"Faults whose windows all cover the same time: the conditions apply where they all were active at once."},"during_any":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/identifier"},"description":"Faults any of whose windows counts: the conditions apply wherever one of them was active."},"overlap":{"enum":["overlaps","contained"],"default":"overlaps","description":"Which spans are in scope: those sharing any instant with the window (`overlaps`), or those lying wholly within one stretch of it (`contained`)."},"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}},"count":{"$ref":"#/$defs/countBound","description":"How many spans in the window with the name must satisfy every constraint. Without `count`, every span in the window with the name must satisfy them, and at least one must exist."}}}},"after":{"type":"array","description":"Recovery after a fault window closed: the first span of the name that starts after the window and satisfies the constraints starts within `within_ms`, and no span of the name starting after it misses them. A fault that was never injected makes the check an error. Only in a scenario's `expect` (docs/expectations.md#fault-windows).","items":{"type":"object","additionalProperties":false,"required":["fault","within_ms","name"],"properties":{"fault":{"$ref":"#/$defs/identifier","description":"The fault (by its `name`, default its type) whose window must have closed: the end of its revert, or of the last of its injections."},"within_ms":{"$ref":"#/$defs/durationMs","description":"The first span with the name that starts after the window closed and satisfies the constraints starts at most this long after it."},"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}}}}}}};
const schema110 = {"type":"array","minItems":2,"maxItems":2,"items":{"type":"string","minLength":1}};
const schema109 = {"type":"object","additionalProperties":false,"minProperties":1,"properties":{"eq":{"type":"integer","minimum":0},"gte":{"type":"integer","minimum":0},"lte":{"type":"integer","minimum":0}}};
const schema121 = {"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}},"description":"`min` ≤ value ≤ `max`."};
const schema103 = {"type":"object","description":"Without `count`, at least one span with the name must exist and every span with that name must satisfy all the constraints. With `count`, the number of spans with that name that satisfy all the constraints must be within the bound. A scenario's `[[scenario.expect.span]]` sees the scenario's subtree; the file's `[[expect.span]]` sees the whole trace.","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}},"count":{"$ref":"#/$defs/countBound","description":"How many spans with the name must satisfy every constraint. Without `count`, every span with the name must satisfy them, and at least one must exist."}}};
const schema104 = {"type":"object","additionalProperties":{"$ref":"#/$defs/attrValue"}};
const schema105 = {"description":"An attribute value: a literal (compared by type and value: a string matches only a string attribute, a boolean only a boolean, a number only an int or double of exactly that value (int64 compared with all 64 bits; write integers beyond 2^53 as plain TOML integers); `\"1\"` matches neither 1, 1.0, true nor [\"1\"], and an array attribute matches no literal), or a matcher table such as `{ gte = 200, lt = 300 }` whose every key must hold.","type":["string","number","boolean","object"],"additionalProperties":false,"minProperties":1,"properties":{"eq":{"$ref":"#/$defs/attrLiteral","description":"Equal, by type and value (as a literal)."},"ne":{"$ref":"#/$defs/attrLiteral","description":"Present and not equal by type and value."},"gt":{"type":"number","description":"Greater than; the attribute (or its string form) must be a number."},"gte":{"type":"number","description":"Greater than or equal; the attribute (or its string form) must be a number."},"lt":{"type":"number","description":"Less than; the attribute (or its string form) must be a number."},"lte":{"type":"number","description":"Less than or equal; the attribute (or its string form) must be a number."},"regex":{"type":"string","format":"regex","description":"JavaScript regular expression searched in the string form (not anchored: write `^...$` to match the whole value)."},"glob":{"type":"string","description":"The whole string form matches; `*` stands for any run of characters."},"in":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/attrLiteral"},"description":"Equal, by type and value, to one of these literals."},"exists":{"type":"boolean","description":"`true`: the attribute is present, with any value; `false`: it is absent. Every other key also requires the attribute to be present."}}};
const schema106 = {"type":["string","number","boolean"],"description":"A literal attribute value, compared by type and value: a string matches only a string attribute, a boolean only a boolean, a number only an int or double of exactly that value (int64 compared with all 64 bits; write integers beyond 2^53 as plain TOML integers); `\"1\"` matches neither 1, 1.0, true nor [\"1\"], and an array attribute matches no literal."};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((((typeof data !== "string") && (!(typeof data == "number"))) && (typeof data !== "boolean")) && (!(data && typeof data == "object" && !Array.isArray(data)))){
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema105.type},message:"must be string,number,boolean,object"}];
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
validate41.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema105.properties, key0))){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.eq !== undefined){
let data0 = data.eq;
const _errs2 = errors;
if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){
validate41.errors = [ERROR];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ne !== undefined){
let data1 = data.ne;
const _errs5 = errors;
if(((typeof data1 !== "string") && (!(typeof data1 == "number"))) && (typeof data1 !== "boolean")){
validate41.errors = [ERROR];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gt !== undefined){
const _errs8 = errors;
if(!(typeof data.gt == "number")){
validate41.errors = [ERROR];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gte !== undefined){
const _errs10 = errors;
if(!(typeof data.gte == "number")){
validate41.errors = [ERROR];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lt !== undefined){
const _errs12 = errors;
if(!(typeof data.lt == "number")){
validate41.errors = [ERROR];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lte !== undefined){
const _errs14 = errors;
if(!(typeof data.lte == "number")){
validate41.errors = [ERROR];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.regex !== undefined){
let data6 = data.regex;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data6 === "string"){
if(!(formats4(data6))){
validate41.errors = [ERROR];
return false;
}
}
else {
validate41.errors = [ERROR];
return false;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.glob !== undefined){
const _errs18 = errors;
if(typeof data.glob !== "string"){
validate41.errors = [ERROR];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.in !== undefined){
let data8 = data.in;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data8)){
if(data8.length < 1){
validate41.errors = [ERROR];
return false;
}
else {
var valid3 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs22 = errors;
if(((typeof data9 !== "string") && (!(typeof data9 == "number"))) && (typeof data9 !== "boolean")){
validate41.errors = [ERROR];
return false;
}
var valid3 = _errs22 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate41.errors = [ERROR];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exists !== undefined){
const _errs25 = errors;
if(typeof data.exists !== "boolean"){
validate41.errors = [ERROR];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs2 = errors;
if(!(validate41(data[key0], CALL))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema103.properties, key0))){
validate39.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length < 2 && func2(data0) < 1)){
validate39.errors = [ERROR];
return false;
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parent !== undefined){
let data1 = data.parent;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if((data1.length < 2 && func2(data1) < 1)){
validate39.errors = [ERROR];
return false;
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ancestor !== undefined){
let data2 = data.ancestor;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if((data2.length < 2 && func2(data2) < 1)){
validate39.errors = [ERROR];
return false;
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data3 = data.kind;
const _errs8 = errors;
if(!(((((data3 === "internal") || (data3 === "server")) || (data3 === "client")) || (data3 === "producer")) || (data3 === "consumer"))){
validate39.errors = [ERROR];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data4 = data.status;
const _errs9 = errors;
if(!(((data4 === "OK") || (data4 === "ERROR")) || (data4 === "UNSET"))){
validate39.errors = [ERROR];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attrs !== undefined){
let data5 = data.attrs;
const _errs10 = errors;
if(errors === _errs10){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
const _errs12 = errors;
for(const key1 in data5){
if(!(((key1 === "all") || (key1 === "any")) || (key1 === "none"))){
validate39.errors = [ERROR];
return false;
break;
}
}
if(_errs12 === errors){
if(data5.all !== undefined){
const _errs13 = errors;
if(!(validate40(data5.all, CALL))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data5.any !== undefined){
const _errs14 = errors;
if(!(validate40(data5.any, CALL))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data5.none !== undefined){
let data8 = data5.none;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data8)){
var valid2 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs17 = errors;
if(typeof data8[i0] !== "string"){
validate39.errors = [ERROR];
return false;
}
var valid2 = _errs17 === errors;
if(!valid2){
break;
}
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.events !== undefined){
let data10 = data.events;
const _errs19 = errors;
if(errors === _errs19){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
const _errs21 = errors;
for(const key2 in data10){
if(!((key2 === "all") || (key2 === "any"))){
validate39.errors = [ERROR];
return false;
break;
}
}
if(_errs21 === errors){
if(data10.all !== undefined){
let data11 = data10.all;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data11)){
var valid4 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
const _errs24 = errors;
if(typeof data11[i1] !== "string"){
validate39.errors = [ERROR];
return false;
}
var valid4 = _errs24 === errors;
if(!valid4){
break;
}
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data10.any !== undefined){
let data13 = data10.any;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data13)){
var valid5 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
const _errs28 = errors;
if(typeof data13[i2] !== "string"){
validate39.errors = [ERROR];
return false;
}
var valid5 = _errs28 === errors;
if(!valid5){
break;
}
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.duration_ms !== undefined){
let data15 = data.duration_ms;
const _errs30 = errors;
if(errors === _errs30){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(Object.keys(data15).length < 1){
validate39.errors = [ERROR];
return false;
}
else {
const _errs32 = errors;
for(const key3 in data15){
if(!((key3 === "min") || (key3 === "max"))){
validate39.errors = [ERROR];
return false;
break;
}
}
if(_errs32 === errors){
if(data15.min !== undefined){
let data16 = data15.min;
const _errs33 = errors;
if(errors === _errs33){
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
validate39.errors = [ERROR];
return false;
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data15.max !== undefined){
let data17 = data15.max;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
validate39.errors = [ERROR];
return false;
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.count !== undefined){
let data18 = data.count;
const _errs37 = errors;
const _errs38 = errors;
if(errors === _errs38){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length < 1){
validate39.errors = [ERROR];
return false;
}
else {
const _errs40 = errors;
for(const key4 in data18){
if(!(((key4 === "eq") || (key4 === "gte")) || (key4 === "lte"))){
validate39.errors = [ERROR];
return false;
break;
}
}
if(_errs40 === errors){
if(data18.eq !== undefined){
let data19 = data18.eq;
const _errs41 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
validate39.errors = [ERROR];
return false;
}
if(errors === _errs41){
if(typeof data19 == "number"){
if(data19 < 0 || isNaN(data19)){
validate39.errors = [ERROR];
return false;
}
}
}
var valid8 = _errs41 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data18.gte !== undefined){
let data20 = data18.gte;
const _errs43 = errors;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
validate39.errors = [ERROR];
return false;
}
if(errors === _errs43){
if(typeof data20 == "number"){
if(data20 < 0 || isNaN(data20)){
validate39.errors = [ERROR];
return false;
}
}
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data18.lte !== undefined){
let data21 = data18.lte;
const _errs45 = errors;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
validate39.errors = [ERROR];
return false;
}
if(errors === _errs45){
if(typeof data21 == "number"){
if(data21 < 0 || isNaN(data21)){
validate39.errors = [ERROR];
return false;
}
}
}
var valid8 = _errs45 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate39.errors = [ERROR];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema119 = {"oneOf":[{"type":"integer","minimum":0},{"$ref":"#/$defs/countBound"}],"description":"A count: an integer (exactly that many) or bounds `{ eq, gte, lte }`."};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(errors === _errs1){
if(typeof data == "number"){
if(data < 0 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err2 = {instancePath,schemaPath:"#/$defs/countBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!(((key0 === "eq") || (key0 === "gte")) || (key0 === "lte"))){
const err3 = {instancePath,schemaPath:"#/$defs/countBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break;
}
}
if(_errs6 === errors){
if(data.eq !== undefined){
let data0 = data.eq;
const _errs7 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err4 = ERROR;
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(errors === _errs7){
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err5 = ERROR;
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.gte !== undefined){
let data1 = data.gte;
const _errs9 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err6 = ERROR;
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors === _errs9){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err7 = ERROR;
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.lte !== undefined){
let data2 = data.lte;
const _errs11 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err8 = ERROR;
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(errors === _errs11){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err9 = ERROR;
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/countBound/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err11 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate47.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate47.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate47.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema102.properties, key0))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.span !== undefined){
let data0 = data.span;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate39(data0[i0], CALL))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.graph !== undefined){
let data2 = data.graph;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
const _errs7 = errors;
for(const key1 in data2){
if(!((((key1 === "must_include") || (key1 === "must_not_cross")) || (key1 === "acyclic")) || (key1 === "no_orphans"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.must_include !== undefined){
let data3 = data2.must_include;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid3 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
if(data4.length > 2){
validate38.errors = [ERROR];
return false;
}
else {
if(data4.length < 2){
validate38.errors = [ERROR];
return false;
}
else {
var valid5 = true;
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if((data5.length < 2 && func2(data5) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid5 = _errs13 === errors;
if(!valid5){
break;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.must_not_cross !== undefined){
let data6 = data2.must_not_cross;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid6 = true;
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
let data7 = data6[i3];
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data7)){
if(data7.length > 2){
validate38.errors = [ERROR];
return false;
}
else {
if(data7.length < 2){
validate38.errors = [ERROR];
return false;
}
else {
var valid8 = true;
const len4 = data7.length;
for(let i4=0; i4<len4; i4++){
let data8 = data7[i4];
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if((data8.length < 2 && func2(data8) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid8 = _errs20 === errors;
if(!valid8){
break;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid6 = _errs17 === errors;
if(!valid6){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.acyclic !== undefined){
const _errs22 = errors;
if(typeof data2.acyclic !== "boolean"){
validate38.errors = [ERROR];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.no_orphans !== undefined){
const _errs24 = errors;
if(typeof data2.no_orphans !== "boolean"){
validate38.errors = [ERROR];
return false;
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.counts !== undefined){
let data11 = data.counts;
const _errs26 = errors;
if(errors === _errs26){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
const _errs28 = errors;
for(const key2 in data11){
if(!((((key2 === "spans_total") || (key2 === "events_total")) || (key2 === "errors_total")) || (key2 === "by_name"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs28 === errors){
if(data11.spans_total !== undefined){
let data12 = data11.spans_total;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(Object.keys(data12).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs32 = errors;
for(const key3 in data12){
if(!(((key3 === "eq") || (key3 === "gte")) || (key3 === "lte"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs32 === errors){
if(data12.eq !== undefined){
let data13 = data12.eq;
const _errs33 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs33){
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid11 = _errs33 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data12.gte !== undefined){
let data14 = data12.gte;
const _errs35 = errors;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs35){
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid11 = _errs35 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data12.lte !== undefined){
let data15 = data12.lte;
const _errs37 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs37){
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid11 = _errs37 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid9 = _errs29 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.events_total !== undefined){
let data16 = data11.events_total;
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(Object.keys(data16).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs42 = errors;
for(const key4 in data16){
if(!(((key4 === "eq") || (key4 === "gte")) || (key4 === "lte"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs42 === errors){
if(data16.eq !== undefined){
let data17 = data16.eq;
const _errs43 = errors;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs43){
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid13 = _errs43 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data16.gte !== undefined){
let data18 = data16.gte;
const _errs45 = errors;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs45){
if(typeof data18 == "number"){
if(data18 < 0 || isNaN(data18)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid13 = _errs45 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data16.lte !== undefined){
let data19 = data16.lte;
const _errs47 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs47){
if(typeof data19 == "number"){
if(data19 < 0 || isNaN(data19)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid13 = _errs47 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid9 = _errs39 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.errors_total !== undefined){
let data20 = data11.errors_total;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(Object.keys(data20).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs52 = errors;
for(const key5 in data20){
if(!(((key5 === "eq") || (key5 === "gte")) || (key5 === "lte"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs52 === errors){
if(data20.eq !== undefined){
let data21 = data20.eq;
const _errs53 = errors;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs53){
if(typeof data21 == "number"){
if(data21 < 0 || isNaN(data21)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid15 = _errs53 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data20.gte !== undefined){
let data22 = data20.gte;
const _errs55 = errors;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs55){
if(typeof data22 == "number"){
if(data22 < 0 || isNaN(data22)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid15 = _errs55 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data20.lte !== undefined){
let data23 = data20.lte;
const _errs57 = errors;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs57){
if(typeof data23 == "number"){
if(data23 < 0 || isNaN(data23)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid15 = _errs57 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.by_name !== undefined){
let data24 = data11.by_name;
const _errs59 = errors;
if(errors === _errs59){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
let data25 = data24[key6];
const _errs62 = errors;
const _errs63 = errors;
if(errors === _errs63){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(Object.keys(data25).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs65 = errors;
for(const key7 in data25){
if(!(((key7 === "eq") || (key7 === "gte")) || (key7 === "lte"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs65 === errors){
if(data25.eq !== undefined){
let data26 = data25.eq;
const _errs66 = errors;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs66){
if(typeof data26 == "number"){
if(data26 < 0 || isNaN(data26)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid18 = _errs66 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data25.gte !== undefined){
let data27 = data25.gte;
const _errs68 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs68){
if(typeof data27 == "number"){
if(data27 < 0 || isNaN(data27)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid18 = _errs68 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data25.lte !== undefined){
let data28 = data25.lte;
const _errs70 = errors;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs70){
if(typeof data28 == "number"){
if(data28 < 0 || isNaN(data28)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid18 = _errs70 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid16 = _errs62 === errors;
if(!valid16){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid9 = _errs59 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.window !== undefined){
let data29 = data.window;
const _errs72 = errors;
if(errors === _errs72){
if(Array.isArray(data29)){
var valid19 = true;
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
const _errs74 = errors;
if(errors === _errs74){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing0;
if(((data30.outer === undefined) && (missing0 = "outer")) || ((data30.contains === undefined) && (missing0 = "contains"))){
validate38.errors = [ERROR];
return false;
}
else {
const _errs76 = errors;
for(const key8 in data30){
if(!(((key8 === "outer") || (key8 === "contains")) || (key8 === "max_duration_ms"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs76 === errors){
if(data30.outer !== undefined){
let data31 = data30.outer;
const _errs77 = errors;
if(errors === _errs77){
if(typeof data31 === "string"){
if((data31.length < 2 && func2(data31) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid20 = _errs77 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data30.contains !== undefined){
let data32 = data30.contains;
const _errs79 = errors;
if(errors === _errs79){
if(Array.isArray(data32)){
if(data32.length < 1){
validate38.errors = [ERROR];
return false;
}
else {
var valid21 = true;
const len6 = data32.length;
for(let i6=0; i6<len6; i6++){
let data33 = data32[i6];
const _errs81 = errors;
if(errors === _errs81){
if(typeof data33 === "string"){
if((data33.length < 2 && func2(data33) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid21 = _errs81 === errors;
if(!valid21){
break;
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid20 = _errs79 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data30.max_duration_ms !== undefined){
let data34 = data30.max_duration_ms;
const _errs83 = errors;
const _errs84 = errors;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs84){
if(typeof data34 == "number"){
if(data34 > 86400000 || isNaN(data34)){
validate38.errors = [ERROR];
return false;
}
else {
if(data34 < 0 || isNaN(data34)){
validate38.errors = [ERROR];
return false;
}
}
}
}
var valid20 = _errs83 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid19 = _errs74 === errors;
if(!valid19){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs72 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
let data35 = data.order;
const _errs86 = errors;
if(errors === _errs86){
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
const _errs88 = errors;
for(const key9 in data35){
if(!((key9 === "must_precede") || (key9 === "must_follow"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs88 === errors){
if(data35.must_precede !== undefined){
let data36 = data35.must_precede;
const _errs89 = errors;
if(errors === _errs89){
if(Array.isArray(data36)){
var valid24 = true;
const len7 = data36.length;
for(let i7=0; i7<len7; i7++){
let data37 = data36[i7];
const _errs91 = errors;
const _errs92 = errors;
if(errors === _errs92){
if(Array.isArray(data37)){
if(data37.length > 2){
validate38.errors = [ERROR];
return false;
}
else {
if(data37.length < 2){
validate38.errors = [ERROR];
return false;
}
else {
var valid26 = true;
const len8 = data37.length;
for(let i8=0; i8<len8; i8++){
let data38 = data37[i8];
const _errs94 = errors;
if(errors === _errs94){
if(typeof data38 === "string"){
if((data38.length < 2 && func2(data38) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid26 = _errs94 === errors;
if(!valid26){
break;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid24 = _errs91 === errors;
if(!valid24){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid23 = _errs89 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data35.must_follow !== undefined){
let data39 = data35.must_follow;
const _errs96 = errors;
if(errors === _errs96){
if(Array.isArray(data39)){
var valid27 = true;
const len9 = data39.length;
for(let i9=0; i9<len9; i9++){
let data40 = data39[i9];
const _errs98 = errors;
const _errs99 = errors;
if(errors === _errs99){
if(Array.isArray(data40)){
if(data40.length > 2){
validate38.errors = [ERROR];
return false;
}
else {
if(data40.length < 2){
validate38.errors = [ERROR];
return false;
}
else {
var valid29 = true;
const len10 = data40.length;
for(let i10=0; i10<len10; i10++){
let data41 = data40[i10];
const _errs101 = errors;
if(errors === _errs101){
if(typeof data41 === "string"){
if((data41.length < 2 && func2(data41) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid29 = _errs101 === errors;
if(!valid29){
break;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid27 = _errs98 === errors;
if(!valid27){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid23 = _errs96 === errors;
}
else {
var valid23 = true;
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs86 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data42 = data.status;
const _errs103 = errors;
if(errors === _errs103){
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
const _errs105 = errors;
for(const key10 in data42){
if(!(((key10 === "all") || (key10 === "by_name")) || (key10 === "errors_allowed"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs105 === errors){
if(data42.all !== undefined){
let data43 = data42.all;
const _errs106 = errors;
if(!(((data43 === "OK") || (data43 === "ERROR")) || (data43 === "UNSET"))){
validate38.errors = [ERROR];
return false;
}
var valid30 = _errs106 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data42.by_name !== undefined){
let data44 = data42.by_name;
const _errs107 = errors;
if(errors === _errs107){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key11 in data44){
let data45 = data44[key11];
const _errs110 = errors;
if(!(((data45 === "OK") || (data45 === "ERROR")) || (data45 === "UNSET"))){
validate38.errors = [ERROR];
return false;
}
var valid31 = _errs110 === errors;
if(!valid31){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid30 = _errs107 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data42.errors_allowed !== undefined){
let data46 = data42.errors_allowed;
const _errs111 = errors;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs111){
if(typeof data46 == "number"){
if(data46 < 0 || isNaN(data46)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid30 = _errs111 === errors;
}
else {
var valid30 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs103 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hermeticity !== undefined){
let data47 = data.hermeticity;
const _errs113 = errors;
if(errors === _errs113){
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
const _errs115 = errors;
for(const key12 in data47){
if(!(((((((key12 === "no_container_leakage") || (key12 === "no_network_leakage")) || (key12 === "no_volume_leakage")) || (key12 === "no_process_leakage")) || (key12 === "no_external_services")) || (key12 === "resource_attrs_must_match")) || (key12 === "span_attrs_forbid_keys"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs115 === errors){
if(data47.no_container_leakage !== undefined){
const _errs116 = errors;
if(typeof data47.no_container_leakage !== "boolean"){
validate38.errors = [ERROR];
return false;
}
var valid32 = _errs116 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data47.no_network_leakage !== undefined){
const _errs118 = errors;
if(typeof data47.no_network_leakage !== "boolean"){
validate38.errors = [ERROR];
return false;
}
var valid32 = _errs118 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data47.no_volume_leakage !== undefined){
const _errs120 = errors;
if(typeof data47.no_volume_leakage !== "boolean"){
validate38.errors = [ERROR];
return false;
}
var valid32 = _errs120 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data47.no_process_leakage !== undefined){
const _errs122 = errors;
if(typeof data47.no_process_leakage !== "boolean"){
validate38.errors = [ERROR];
return false;
}
var valid32 = _errs122 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data47.no_external_services !== undefined){
const _errs124 = errors;
if(typeof data47.no_external_services !== "boolean"){
validate38.errors = [ERROR];
return false;
}
var valid32 = _errs124 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data47.resource_attrs_must_match !== undefined){
const _errs126 = errors;
if(!(validate40(data47.resource_attrs_must_match, CALL))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid32 = _errs126 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data47.span_attrs_forbid_keys !== undefined){
let data54 = data47.span_attrs_forbid_keys;
const _errs127 = errors;
if(errors === _errs127){
if(Array.isArray(data54)){
var valid33 = true;
const len11 = data54.length;
for(let i11=0; i11<len11; i11++){
const _errs129 = errors;
if(typeof data54[i11] !== "string"){
validate38.errors = [ERROR];
return false;
}
var valid33 = _errs129 === errors;
if(!valid33){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid32 = _errs127 === errors;
}
else {
var valid32 = true;
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs113 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.consistency !== undefined){
let data56 = data.consistency;
const _errs131 = errors;
if(errors === _errs131){
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
let missing1;
if(((data56.present_step === undefined) && (missing1 = "present_step")) || ((data56.present_regex === undefined) && (missing1 = "present_regex"))){
validate38.errors = [ERROR];
return false;
}
else {
const _errs133 = errors;
for(const key13 in data56){
if(!(func1.call(schema102.properties.consistency.properties, key13))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs133 === errors){
if(data56.ack_steps !== undefined){
let data57 = data56.ack_steps;
const _errs134 = errors;
if(errors === _errs134){
if(Array.isArray(data57)){
if(data57.length < 1){
validate38.errors = [ERROR];
return false;
}
else {
var valid35 = true;
const len12 = data57.length;
for(let i12=0; i12<len12; i12++){
let data58 = data57[i12];
const _errs136 = errors;
if(errors === _errs136){
if(typeof data58 === "string"){
if((data58.length < 2 && func2(data58) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid35 = _errs136 === errors;
if(!valid35){
break;
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid34 = _errs134 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data56.ack_regex !== undefined){
let data59 = data56.ack_regex;
const _errs138 = errors;
if(errors === _errs138){
if(errors === _errs138){
if(typeof data59 === "string"){
if(!(formats4(data59))){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
}
var valid34 = _errs138 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data56.ack_span !== undefined){
let data60 = data56.ack_span;
const _errs140 = errors;
if(errors === _errs140){
if(typeof data60 === "string"){
if((data60.length < 2 && func2(data60) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid34 = _errs140 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data56.key_attr !== undefined){
let data61 = data56.key_attr;
const _errs142 = errors;
if(errors === _errs142){
if(typeof data61 === "string"){
if((data61.length < 2 && func2(data61) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid34 = _errs142 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data56.present_step !== undefined){
let data62 = data56.present_step;
const _errs144 = errors;
if(errors === _errs144){
if(typeof data62 === "string"){
if((data62.length < 2 && func2(data62) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid34 = _errs144 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data56.present_regex !== undefined){
let data63 = data56.present_regex;
const _errs146 = errors;
if(errors === _errs146){
if(errors === _errs146){
if(typeof data63 === "string"){
if(!(formats4(data63))){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
}
var valid34 = _errs146 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data56.lost !== undefined){
const _errs148 = errors;
if(!(validate47(data56.lost, CALL))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid34 = _errs148 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data56.duplicated !== undefined){
const _errs149 = errors;
if(!(validate47(data56.duplicated, CALL))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid34 = _errs149 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data56.unexpected !== undefined){
const _errs150 = errors;
if(!(validate47(data56.unexpected, CALL))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid34 = _errs150 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data56.expect_failure !== undefined){
const _errs151 = errors;
if(typeof data56.expect_failure !== "boolean"){
validate38.errors = [ERROR];
return false;
}
var valid34 = _errs151 === errors;
}
else {
var valid34 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs131 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kpi !== undefined){
let data68 = data.kpi;
const _errs153 = errors;
if(errors === _errs153){
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
const _errs155 = errors;
for(const key14 in data68){
if(!(((((key14 === "mttd_ms") || (key14 === "mttr_ms")) || (key14 === "availability_pct")) || (key14 === "recovery_rate_pct")) || (key14 === "error_budget_used_pct"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs155 === errors){
if(data68.mttd_ms !== undefined){
let data69 = data68.mttd_ms;
const _errs156 = errors;
const _errs157 = errors;
if(errors === _errs157){
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(Object.keys(data69).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs159 = errors;
for(const key15 in data69){
if(!((key15 === "min") || (key15 === "max"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs159 === errors){
if(data69.min !== undefined){
let data70 = data69.min;
const _errs160 = errors;
if(errors === _errs160){
if(typeof data70 == "number"){
if(data70 < 0 || isNaN(data70)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid38 = _errs160 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data69.max !== undefined){
let data71 = data69.max;
const _errs162 = errors;
if(errors === _errs162){
if(typeof data71 == "number"){
if(data71 < 0 || isNaN(data71)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid38 = _errs162 === errors;
}
else {
var valid38 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid36 = _errs156 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.mttr_ms !== undefined){
let data72 = data68.mttr_ms;
const _errs164 = errors;
const _errs165 = errors;
if(errors === _errs165){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(Object.keys(data72).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs167 = errors;
for(const key16 in data72){
if(!((key16 === "min") || (key16 === "max"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs167 === errors){
if(data72.min !== undefined){
let data73 = data72.min;
const _errs168 = errors;
if(errors === _errs168){
if(typeof data73 == "number"){
if(data73 < 0 || isNaN(data73)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid40 = _errs168 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data72.max !== undefined){
let data74 = data72.max;
const _errs170 = errors;
if(errors === _errs170){
if(typeof data74 == "number"){
if(data74 < 0 || isNaN(data74)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid40 = _errs170 === errors;
}
else {
var valid40 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid36 = _errs164 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.availability_pct !== undefined){
let data75 = data68.availability_pct;
const _errs172 = errors;
const _errs173 = errors;
if(errors === _errs173){
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(Object.keys(data75).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs175 = errors;
for(const key17 in data75){
if(!((key17 === "min") || (key17 === "max"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs175 === errors){
if(data75.min !== undefined){
let data76 = data75.min;
const _errs176 = errors;
if(errors === _errs176){
if(typeof data76 == "number"){
if(data76 < 0 || isNaN(data76)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid42 = _errs176 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data75.max !== undefined){
let data77 = data75.max;
const _errs178 = errors;
if(errors === _errs178){
if(typeof data77 == "number"){
if(data77 < 0 || isNaN(data77)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid42 = _errs178 === errors;
}
else {
var valid42 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid36 = _errs172 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.recovery_rate_pct !== undefined){
let data78 = data68.recovery_rate_pct;
const _errs180 = errors;
const _errs181 = errors;
if(errors === _errs181){
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(Object.keys(data78).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs183 = errors;
for(const key18 in data78){
if(!((key18 === "min") || (key18 === "max"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs183 === errors){
if(data78.min !== undefined){
let data79 = data78.min;
const _errs184 = errors;
if(errors === _errs184){
if(typeof data79 == "number"){
if(data79 < 0 || isNaN(data79)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid44 = _errs184 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data78.max !== undefined){
let data80 = data78.max;
const _errs186 = errors;
if(errors === _errs186){
if(typeof data80 == "number"){
if(data80 < 0 || isNaN(data80)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid44 = _errs186 === errors;
}
else {
var valid44 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid36 = _errs180 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.error_budget_used_pct !== undefined){
let data81 = data68.error_budget_used_pct;
const _errs188 = errors;
const _errs189 = errors;
if(errors === _errs189){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(Object.keys(data81).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs191 = errors;
for(const key19 in data81){
if(!((key19 === "min") || (key19 === "max"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs191 === errors){
if(data81.min !== undefined){
let data82 = data81.min;
const _errs192 = errors;
if(errors === _errs192){
if(typeof data82 == "number"){
if(data82 < 0 || isNaN(data82)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid46 = _errs192 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data81.max !== undefined){
let data83 = data81.max;
const _errs194 = errors;
if(errors === _errs194){
if(typeof data83 == "number"){
if(data83 < 0 || isNaN(data83)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid46 = _errs194 === errors;
}
else {
var valid46 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid36 = _errs188 === errors;
}
else {
var valid36 = true;
}
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs153 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.supervision !== undefined){
let data84 = data.supervision;
const _errs196 = errors;
if(errors === _errs196){
if(Array.isArray(data84)){
var valid47 = true;
const len13 = data84.length;
for(let i13=0; i13<len13; i13++){
let data85 = data84[i13];
const _errs198 = errors;
if(errors === _errs198){
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
let missing2;
if(((data85.service === undefined) && (missing2 = "service")) || ((data85.back_within_ms === undefined) && (missing2 = "back_within_ms"))){
validate38.errors = [ERROR];
return false;
}
else {
const _errs200 = errors;
for(const key20 in data85){
if(!(((key20 === "service") || (key20 === "back_within_ms")) || (key20 === "max_restarts_per_minute"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs200 === errors){
if(data85.service !== undefined){
let data86 = data85.service;
const _errs201 = errors;
if(errors === _errs201){
if(typeof data86 === "string"){
if((data86.length < 2 && func2(data86) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid48 = _errs201 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data85.back_within_ms !== undefined){
let data87 = data85.back_within_ms;
const _errs203 = errors;
const _errs204 = errors;
if(!((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs204){
if(typeof data87 == "number"){
if(data87 > 86400000 || isNaN(data87)){
validate38.errors = [ERROR];
return false;
}
else {
if(data87 < 0 || isNaN(data87)){
validate38.errors = [ERROR];
return false;
}
}
}
}
var valid48 = _errs203 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data85.max_restarts_per_minute !== undefined){
let data88 = data85.max_restarts_per_minute;
const _errs206 = errors;
if(!((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs206){
if(typeof data88 == "number"){
if(data88 < 0 || isNaN(data88)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid48 = _errs206 === errors;
}
else {
var valid48 = true;
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid47 = _errs198 === errors;
if(!valid47){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs196 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.during !== undefined){
let data89 = data.during;
const _errs208 = errors;
if(errors === _errs208){
if(Array.isArray(data89)){
var valid50 = true;
const len14 = data89.length;
for(let i14=0; i14<len14; i14++){
let data90 = data89[i14];
const _errs210 = errors;
if(errors === _errs210){
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
let missing3;
if((data90.name === undefined) && (missing3 = "name")){
validate38.errors = [ERROR];
return false;
}
else {
const _errs212 = errors;
for(const key21 in data90){
if(!(func1.call(schema102.properties.during.items.properties, key21))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs212 === errors){
if(data90.fault !== undefined){
let data91 = data90.fault;
const _errs213 = errors;
const _errs214 = errors;
if(errors === _errs214){
if(typeof data91 === "string"){
if((data91.length > 128 && func2(data91) > 128)){
validate38.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data91)){
validate38.errors = [ERROR];
return false;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs213 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.during_all !== undefined){
let data92 = data90.during_all;
const _errs216 = errors;
if(errors === _errs216){
if(Array.isArray(data92)){
if(data92.length < 2){
validate38.errors = [ERROR];
return false;
}
else {
var valid53 = true;
const len15 = data92.length;
for(let i15=0; i15<len15; i15++){
let data93 = data92[i15];
const _errs218 = errors;
const _errs219 = errors;
if(errors === _errs219){
if(typeof data93 === "string"){
if((data93.length > 128 && func2(data93) > 128)){
validate38.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data93)){
validate38.errors = [ERROR];
return false;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid53 = _errs218 === errors;
if(!valid53){
break;
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs216 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.during_any !== undefined){
let data94 = data90.during_any;
const _errs221 = errors;
if(errors === _errs221){
if(Array.isArray(data94)){
if(data94.length < 2){
validate38.errors = [ERROR];
return false;
}
else {
var valid55 = true;
const len16 = data94.length;
for(let i16=0; i16<len16; i16++){
let data95 = data94[i16];
const _errs223 = errors;
const _errs224 = errors;
if(errors === _errs224){
if(typeof data95 === "string"){
if((data95.length > 128 && func2(data95) > 128)){
validate38.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data95)){
validate38.errors = [ERROR];
return false;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid55 = _errs223 === errors;
if(!valid55){
break;
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs221 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.overlap !== undefined){
let data96 = data90.overlap;
const _errs226 = errors;
if(!((data96 === "overlaps") || (data96 === "contained"))){
validate38.errors = [ERROR];
return false;
}
var valid51 = _errs226 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.name !== undefined){
let data97 = data90.name;
const _errs227 = errors;
if(errors === _errs227){
if(typeof data97 === "string"){
if((data97.length < 2 && func2(data97) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs227 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.parent !== undefined){
let data98 = data90.parent;
const _errs229 = errors;
if(errors === _errs229){
if(typeof data98 === "string"){
if((data98.length < 2 && func2(data98) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs229 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.ancestor !== undefined){
let data99 = data90.ancestor;
const _errs231 = errors;
if(errors === _errs231){
if(typeof data99 === "string"){
if((data99.length < 2 && func2(data99) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs231 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.kind !== undefined){
let data100 = data90.kind;
const _errs233 = errors;
if(!(((((data100 === "internal") || (data100 === "server")) || (data100 === "client")) || (data100 === "producer")) || (data100 === "consumer"))){
validate38.errors = [ERROR];
return false;
}
var valid51 = _errs233 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.status !== undefined){
let data101 = data90.status;
const _errs234 = errors;
if(!(((data101 === "OK") || (data101 === "ERROR")) || (data101 === "UNSET"))){
validate38.errors = [ERROR];
return false;
}
var valid51 = _errs234 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.attrs !== undefined){
let data102 = data90.attrs;
const _errs235 = errors;
if(errors === _errs235){
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
const _errs237 = errors;
for(const key22 in data102){
if(!(((key22 === "all") || (key22 === "any")) || (key22 === "none"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs237 === errors){
if(data102.all !== undefined){
const _errs238 = errors;
if(!(validate40(data102.all, CALL))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid57 = _errs238 === errors;
}
else {
var valid57 = true;
}
if(valid57){
if(data102.any !== undefined){
const _errs239 = errors;
if(!(validate40(data102.any, CALL))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid57 = _errs239 === errors;
}
else {
var valid57 = true;
}
if(valid57){
if(data102.none !== undefined){
let data105 = data102.none;
const _errs240 = errors;
if(errors === _errs240){
if(Array.isArray(data105)){
var valid58 = true;
const len17 = data105.length;
for(let i17=0; i17<len17; i17++){
const _errs242 = errors;
if(typeof data105[i17] !== "string"){
validate38.errors = [ERROR];
return false;
}
var valid58 = _errs242 === errors;
if(!valid58){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid57 = _errs240 === errors;
}
else {
var valid57 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs235 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.events !== undefined){
let data107 = data90.events;
const _errs244 = errors;
if(errors === _errs244){
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
const _errs246 = errors;
for(const key23 in data107){
if(!((key23 === "all") || (key23 === "any"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs246 === errors){
if(data107.all !== undefined){
let data108 = data107.all;
const _errs247 = errors;
if(errors === _errs247){
if(Array.isArray(data108)){
var valid60 = true;
const len18 = data108.length;
for(let i18=0; i18<len18; i18++){
const _errs249 = errors;
if(typeof data108[i18] !== "string"){
validate38.errors = [ERROR];
return false;
}
var valid60 = _errs249 === errors;
if(!valid60){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid59 = _errs247 === errors;
}
else {
var valid59 = true;
}
if(valid59){
if(data107.any !== undefined){
let data110 = data107.any;
const _errs251 = errors;
if(errors === _errs251){
if(Array.isArray(data110)){
var valid61 = true;
const len19 = data110.length;
for(let i19=0; i19<len19; i19++){
const _errs253 = errors;
if(typeof data110[i19] !== "string"){
validate38.errors = [ERROR];
return false;
}
var valid61 = _errs253 === errors;
if(!valid61){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid59 = _errs251 === errors;
}
else {
var valid59 = true;
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs244 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.duration_ms !== undefined){
let data112 = data90.duration_ms;
const _errs255 = errors;
if(errors === _errs255){
if(data112 && typeof data112 == "object" && !Array.isArray(data112)){
if(Object.keys(data112).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs257 = errors;
for(const key24 in data112){
if(!((key24 === "min") || (key24 === "max"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs257 === errors){
if(data112.min !== undefined){
let data113 = data112.min;
const _errs258 = errors;
if(errors === _errs258){
if(typeof data113 == "number"){
if(data113 < 0 || isNaN(data113)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid62 = _errs258 === errors;
}
else {
var valid62 = true;
}
if(valid62){
if(data112.max !== undefined){
let data114 = data112.max;
const _errs260 = errors;
if(errors === _errs260){
if(typeof data114 == "number"){
if(data114 < 0 || isNaN(data114)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid62 = _errs260 === errors;
}
else {
var valid62 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs255 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data90.count !== undefined){
let data115 = data90.count;
const _errs262 = errors;
const _errs263 = errors;
if(errors === _errs263){
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(Object.keys(data115).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs265 = errors;
for(const key25 in data115){
if(!(((key25 === "eq") || (key25 === "gte")) || (key25 === "lte"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs265 === errors){
if(data115.eq !== undefined){
let data116 = data115.eq;
const _errs266 = errors;
if(!((typeof data116 == "number") && (!(data116 % 1) && !isNaN(data116)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs266){
if(typeof data116 == "number"){
if(data116 < 0 || isNaN(data116)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid64 = _errs266 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data115.gte !== undefined){
let data117 = data115.gte;
const _errs268 = errors;
if(!((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs268){
if(typeof data117 == "number"){
if(data117 < 0 || isNaN(data117)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid64 = _errs268 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data115.lte !== undefined){
let data118 = data115.lte;
const _errs270 = errors;
if(!((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs270){
if(typeof data118 == "number"){
if(data118 < 0 || isNaN(data118)){
validate38.errors = [ERROR];
return false;
}
}
}
var valid64 = _errs270 === errors;
}
else {
var valid64 = true;
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid51 = _errs262 === errors;
}
else {
var valid51 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid50 = _errs210 === errors;
if(!valid50){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs208 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.after !== undefined){
let data119 = data.after;
const _errs272 = errors;
if(errors === _errs272){
if(Array.isArray(data119)){
var valid65 = true;
const len20 = data119.length;
for(let i20=0; i20<len20; i20++){
let data120 = data119[i20];
const _errs274 = errors;
if(errors === _errs274){
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
let missing4;
if((((data120.fault === undefined) && (missing4 = "fault")) || ((data120.within_ms === undefined) && (missing4 = "within_ms"))) || ((data120.name === undefined) && (missing4 = "name"))){
validate38.errors = [ERROR];
return false;
}
else {
const _errs276 = errors;
for(const key26 in data120){
if(!(func1.call(schema102.properties.after.items.properties, key26))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs276 === errors){
if(data120.fault !== undefined){
let data121 = data120.fault;
const _errs277 = errors;
const _errs278 = errors;
if(errors === _errs278){
if(typeof data121 === "string"){
if((data121.length > 128 && func2(data121) > 128)){
validate38.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data121)){
validate38.errors = [ERROR];
return false;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid66 = _errs277 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data120.within_ms !== undefined){
let data122 = data120.within_ms;
const _errs280 = errors;
const _errs281 = errors;
if(!((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122)))){
validate38.errors = [ERROR];
return false;
}
if(errors === _errs281){
if(typeof data122 == "number"){
if(data122 > 86400000 || isNaN(data122)){
validate38.errors = [ERROR];
return false;
}
else {
if(data122 < 0 || isNaN(data122)){
validate38.errors = [ERROR];
return false;
}
}
}
}
var valid66 = _errs280 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data120.name !== undefined){
let data123 = data120.name;
const _errs283 = errors;
if(errors === _errs283){
if(typeof data123 === "string"){
if((data123.length < 2 && func2(data123) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid66 = _errs283 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data120.parent !== undefined){
let data124 = data120.parent;
const _errs285 = errors;
if(errors === _errs285){
if(typeof data124 === "string"){
if((data124.length < 2 && func2(data124) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid66 = _errs285 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data120.ancestor !== undefined){
let data125 = data120.ancestor;
const _errs287 = errors;
if(errors === _errs287){
if(typeof data125 === "string"){
if((data125.length < 2 && func2(data125) < 1)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid66 = _errs287 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data120.kind !== undefined){
let data126 = data120.kind;
const _errs289 = errors;
if(!(((((data126 === "internal") || (data126 === "server")) || (data126 === "client")) || (data126 === "producer")) || (data126 === "consumer"))){
validate38.errors = [ERROR];
return false;
}
var valid66 = _errs289 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data120.status !== undefined){
let data127 = data120.status;
const _errs290 = errors;
if(!(((data127 === "OK") || (data127 === "ERROR")) || (data127 === "UNSET"))){
validate38.errors = [ERROR];
return false;
}
var valid66 = _errs290 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data120.attrs !== undefined){
let data128 = data120.attrs;
const _errs291 = errors;
if(errors === _errs291){
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
const _errs293 = errors;
for(const key27 in data128){
if(!(((key27 === "all") || (key27 === "any")) || (key27 === "none"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs293 === errors){
if(data128.all !== undefined){
const _errs294 = errors;
if(!(validate40(data128.all, CALL))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid69 = _errs294 === errors;
}
else {
var valid69 = true;
}
if(valid69){
if(data128.any !== undefined){
const _errs295 = errors;
if(!(validate40(data128.any, CALL))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid69 = _errs295 === errors;
}
else {
var valid69 = true;
}
if(valid69){
if(data128.none !== undefined){
let data131 = data128.none;
const _errs296 = errors;
if(errors === _errs296){
if(Array.isArray(data131)){
var valid70 = true;
const len21 = data131.length;
for(let i21=0; i21<len21; i21++){
const _errs298 = errors;
if(typeof data131[i21] !== "string"){
validate38.errors = [ERROR];
return false;
}
var valid70 = _errs298 === errors;
if(!valid70){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid69 = _errs296 === errors;
}
else {
var valid69 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid66 = _errs291 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data120.events !== undefined){
let data133 = data120.events;
const _errs300 = errors;
if(errors === _errs300){
if(data133 && typeof data133 == "object" && !Array.isArray(data133)){
const _errs302 = errors;
for(const key28 in data133){
if(!((key28 === "all") || (key28 === "any"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs302 === errors){
if(data133.all !== undefined){
let data134 = data133.all;
const _errs303 = errors;
if(errors === _errs303){
if(Array.isArray(data134)){
var valid72 = true;
const len22 = data134.length;
for(let i22=0; i22<len22; i22++){
const _errs305 = errors;
if(typeof data134[i22] !== "string"){
validate38.errors = [ERROR];
return false;
}
var valid72 = _errs305 === errors;
if(!valid72){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid71 = _errs303 === errors;
}
else {
var valid71 = true;
}
if(valid71){
if(data133.any !== undefined){
let data136 = data133.any;
const _errs307 = errors;
if(errors === _errs307){
if(Array.isArray(data136)){
var valid73 = true;
const len23 = data136.length;
for(let i23=0; i23<len23; i23++){
const _errs309 = errors;
if(typeof data136[i23] !== "string"){
validate38.errors = [ERROR];
return false;
}
var valid73 = _errs309 === errors;
if(!valid73){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid71 = _errs307 === errors;
}
else {
var valid71 = true;
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid66 = _errs300 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data120.duration_ms !== undefined){
let data138 = data120.duration_ms;
const _errs311 = errors;
if(errors === _errs311){
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
if(Object.keys(data138).length < 1){
validate38.errors = [ERROR];
return false;
}
else {
const _errs313 = errors;
for(const key29 in data138){
if(!((key29 === "min") || (key29 === "max"))){
validate38.errors = [ERROR];
return false;
break;
}
}
if(_errs313 === errors){
if(data138.min !== undefined){
let data139 = data138.min;
const _errs314 = errors;
if(errors === _errs314){
if(typeof data139 == "number"){
if(data139 < 0 || isNaN(data139)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid74 = _errs314 === errors;
}
else {
var valid74 = true;
}
if(valid74){
if(data138.max !== undefined){
let data140 = data138.max;
const _errs316 = errors;
if(errors === _errs316){
if(typeof data140 == "number"){
if(data140 < 0 || isNaN(data140)){
validate38.errors = [ERROR];
return false;
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid74 = _errs316 === errors;
}
else {
var valid74 = true;
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid66 = _errs311 === errors;
}
else {
var valid66 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid65 = _errs274 === errors;
if(!valid65){
break;
}
}
}
else {
validate38.errors = [ERROR];
return false;
}
}
var valid0 = _errs272 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema133 = {"type":"object","additionalProperties":false,"required":["probe"],"properties":{"recover_within_ms":{"type":"integer","minimum":0,"maximum":86400000,"default":30000,"description":"Once every fault is reverted, each probe must answer healthy within this long, else the scenario fails (`not_recovered`)."},"probe":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/probe"},"description":"Probes, each sampled every `interval_ms`."},"detect":{"oneOf":[{"oneOf":[{"const":"probes","description":"A probe sample that loses the steady state."},{"type":"object","required":["span"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of spans of the system under test (`*` globs): the first ERROR one that ends after the fault was applied."}}}]},{"type":"array","minItems":1,"maxItems":2,"uniqueItems":true,"items":{"oneOf":[{"const":"probes","description":"A probe sample that loses the steady state."},{"type":"object","required":["span"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of spans of the system under test (`*` globs): the first ERROR one that ends after the fault was applied."}}}]}}],"default":"probes","description":"What detects a fault for MTTD: `\"probes\"` (a lost steady state), `{ span = \"NAME\" }` (the first ERROR span of the system under test with that name after the fault), or both as a list, whichever comes first."},"error_budget":{"type":"object","required":["span","budget_pct"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of the spans of the system under test that are its requests (`*` globs); ERROR ones failed."},"budget_pct":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"The share of requests allowed to fail, in %."}},"description":"Error-budget use (KPI `error_budget_used_pct`): failed requests over all requests of the scenario, in % of `budget_pct`."}}};
const schema134 = {"type":"object","required":["name","type"],"properties":{"name":{"$ref":"#/$defs/identifier","description":"Name of the probe in spans (`probe.name`) and reports; unique in the scenario."},"type":{"enum":["exec","tcp","http","span"],"description":"Probe kind (see docs/experiments.md)."},"interval_ms":{"type":"integer","minimum":50,"maximum":600000,"default":500,"description":"Time between the starts of two samples."},"timeout_ms":{"type":"integer","minimum":10,"maximum":600000,"default":1000,"description":"A sample that takes longer fails."},"tolerance":{"type":"object","additionalProperties":false,"required":["failures"],"properties":{"failures":{"type":"integer","minimum":0,"maximum":1000,"description":"Consecutive failed samples tolerated: the steady state counts as lost at the next one (and before the faults, the probe gets this many extra samples to answer healthy)."}},"description":"How many failed samples in a row the probe tolerates (default 0)."}},"discriminator":{"propertyName":"type"},"oneOf":[{"properties":{"name":true,"type":{"const":"exec"},"interval_ms":true,"timeout_ms":true,"tolerance":true,"service":true,"command":true,"output_regex":true},"additionalProperties":false,"allOf":[{"description":"runs `command` in `service`; healthy when it exits 0 and, with `output_regex`, its output matches","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service the command runs in."},"command":{"$ref":"#/$defs/command","description":"Command run in the service (a string runs with `sh -c`)."},"output_regex":{"type":"string","format":"regex","minLength":1,"description":"JavaScript regular expression the output (stdout and stderr) must match."}}},{"required":["service","command"]}]},{"properties":{"name":true,"type":{"const":"tcp"},"interval_ms":true,"timeout_ms":true,"tolerance":true,"service":true,"port":true},"additionalProperties":false,"allOf":[{"description":"connects to `service`:`port` from a probe container on the scenario network; healthy when the connection is accepted","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service (its name on the scenario network) to connect to."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port."}}},{"required":["service","port"]}]},{"properties":{"name":true,"type":{"const":"http"},"interval_ms":true,"timeout_ms":true,"tolerance":true,"service":true,"port":true,"path":true,"status":true},"additionalProperties":false,"allOf":[{"description":"sends `GET path` to `service`:`port` from a probe container on the scenario network; healthy when the answer has status `status`","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service (its name on the scenario network) to send the request to."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the HTTP server."},"path":{"type":"string","pattern":"^/","default":"/","description":"Request path."},"status":{"type":"integer","minimum":100,"maximum":599,"default":200,"description":"The status a healthy answer has."}}},{"required":["service","port"]}]},{"properties":{"name":true,"type":{"const":"span"},"interval_ms":true,"timeout_ms":true,"tolerance":true,"span_name":true,"window_ms":true,"max_error_pct":true,"min_spans":true},"additionalProperties":false,"allOf":[{"description":"reads the spans of the system under test named `span_name` received in the last `window_ms`; healthy when at least `min_spans` arrived and at most `max_error_pct` % of them are ERROR","properties":{"span_name":{"type":"string","minLength":1,"description":"Span name of the system under test (`*` stands for any run of characters)."},"window_ms":{"type":"integer","minimum":100,"maximum":3600000,"description":"The sliding window: spans received this long before the sample, on the runner's clock."},"max_error_pct":{"type":"number","minimum":0,"maximum":100,"default":0,"description":"Highest share of ERROR spans in the window, in %, that is still healthy."},"min_spans":{"type":"integer","minimum":1,"maximum":1000000,"default":1,"description":"Fewest spans the window must hold: fewer is not healthy."}}},{"required":["span_name","window_ms"]}]}]};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.type === undefined) && (missing0 = "type"))){
validate57.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if((data0.length > 128 && func2(data0) > 128)){
validate57.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data0)){
validate57.errors = [ERROR];
return false;
}
}
}
else {
validate57.errors = [ERROR];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data1 = data.type;
const _errs5 = errors;
if(!((((data1 === "exec") || (data1 === "tcp")) || (data1 === "http")) || (data1 === "span"))){
validate57.errors = [ERROR];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.interval_ms !== undefined){
let data2 = data.interval_ms;
const _errs6 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
validate57.errors = [ERROR];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 > 600000 || isNaN(data2)){
validate57.errors = [ERROR];
return false;
}
else {
if(data2 < 50 || isNaN(data2)){
validate57.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeout_ms !== undefined){
let data3 = data.timeout_ms;
const _errs8 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate57.errors = [ERROR];
return false;
}
if(errors === _errs8){
if(typeof data3 == "number"){
if(data3 > 600000 || isNaN(data3)){
validate57.errors = [ERROR];
return false;
}
else {
if(data3 < 10 || isNaN(data3)){
validate57.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tolerance !== undefined){
let data4 = data.tolerance;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.failures === undefined) && (missing1 = "failures")){
validate57.errors = [ERROR];
return false;
}
else {
const _errs12 = errors;
for(const key0 in data4){
if(!(key0 === "failures")){
validate57.errors = [ERROR];
return false;
break;
}
}
if(_errs12 === errors){
if(data4.failures !== undefined){
let data5 = data4.failures;
const _errs13 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate57.errors = [ERROR];
return false;
}
if(errors === _errs13){
if(typeof data5 == "number"){
if(data5 > 1000 || isNaN(data5)){
validate57.errors = [ERROR];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate57.errors = [ERROR];
return false;
}
}
}
}
}
}
}
}
else {
validate57.errors = [ERROR];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "exec"){
const _errs15 = errors;
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service !== undefined){
let data6 = data.service;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if((data6.length > 128 && func2(data6) > 128)){
validate57.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data6)){
validate57.errors = [ERROR];
return false;
}
}
}
else {
validate57.errors = [ERROR];
return false;
}
}
var valid6 = _errs17 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.command !== undefined){
let data7 = data.command;
const _errs20 = errors;
const _errs22 = errors;
let valid9 = false;
let passing0 = null;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data7 === "string"){
if((data7.length < 2 && func2(data7) < 1)){
const err0 = ERROR;
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = ERROR;
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs23 === errors;
if(_valid0){
valid9 = true;
passing0 = 0;
}
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data7)){
if(data7.length < 1){
const err2 = ERROR;
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
var valid10 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs27 = errors;
if(typeof data7[i0] !== "string"){
const err3 = ERROR;
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid10 = _errs27 === errors;
if(!valid10){
break;
}
}
}
}
else {
const err4 = ERROR;
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid9){
valid9 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid9 = true;
passing0 = 1;
}
}
if(!valid9){
const err5 = ERROR;
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate57.errors = vErrors;
return false;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs20 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.output_regex !== undefined){
let data9 = data.output_regex;
const _errs29 = errors;
if(errors === _errs29){
if(errors === _errs29){
if(typeof data9 === "string"){
if((data9.length < 2 && func2(data9) < 1)){
validate57.errors = [ERROR];
return false;
}
else {
if(!(formats4(data9))){
validate57.errors = [ERROR];
return false;
}
}
}
else {
validate57.errors = [ERROR];
return false;
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
}
}
}
var valid5 = _errs16 === errors;
if(valid5){
const _errs31 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.service === undefined) && (missing2 = "service")) || ((data.command === undefined) && (missing2 = "command"))){
validate57.errors = [{instancePath,schemaPath:"#/oneOf/0/allOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
}
var valid5 = _errs31 === errors;
}
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs32 = errors;
for(const key1 in data){
if(!((((((((key1 === "name") || (key1 === "type")) || (key1 === "interval_ms")) || (key1 === "timeout_ms")) || (key1 === "tolerance")) || (key1 === "service")) || (key1 === "command")) || (key1 === "output_regex"))){
validate57.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs32 === errors){
if(data.type !== undefined){
if("exec" !== data.type){
validate57.errors = [ERROR];
return false;
}
}
}
}
}
var props0 = true;
}
else if(tag0 === "tcp"){
const _errs34 = errors;
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service !== undefined){
let data11 = data.service;
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data11 === "string"){
if((data11.length > 128 && func2(data11) > 128)){
validate57.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data11)){
validate57.errors = [ERROR];
return false;
}
}
}
else {
validate57.errors = [ERROR];
return false;
}
}
var valid14 = _errs36 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.port !== undefined){
let data12 = data.port;
const _errs39 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
validate57.errors = [ERROR];
return false;
}
if(errors === _errs39){
if(typeof data12 == "number"){
if(data12 > 65535 || isNaN(data12)){
validate57.errors = [ERROR];
return false;
}
else {
if(data12 < 1 || isNaN(data12)){
validate57.errors = [ERROR];
return false;
}
}
}
}
var valid14 = _errs39 === errors;
}
else {
var valid14 = true;
}
}
}
var valid13 = _errs35 === errors;
if(valid13){
const _errs41 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.service === undefined) && (missing3 = "service")) || ((data.port === undefined) && (missing3 = "port"))){
validate57.errors = [{instancePath,schemaPath:"#/oneOf/1/allOf/1/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
}
var valid13 = _errs41 === errors;
}
if(errors === _errs34){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs42 = errors;
for(const key2 in data){
if(!(((((((key2 === "name") || (key2 === "type")) || (key2 === "interval_ms")) || (key2 === "timeout_ms")) || (key2 === "tolerance")) || (key2 === "service")) || (key2 === "port"))){
validate57.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs42 === errors){
if(data.type !== undefined){
if("tcp" !== data.type){
validate57.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "http"){
const _errs44 = errors;
const _errs45 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service !== undefined){
let data14 = data.service;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data14 === "string"){
if((data14.length > 128 && func2(data14) > 128)){
validate57.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data14)){
validate57.errors = [ERROR];
return false;
}
}
}
else {
validate57.errors = [ERROR];
return false;
}
}
var valid19 = _errs46 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data.port !== undefined){
let data15 = data.port;
const _errs49 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
validate57.errors = [ERROR];
return false;
}
if(errors === _errs49){
if(typeof data15 == "number"){
if(data15 > 65535 || isNaN(data15)){
validate57.errors = [ERROR];
return false;
}
else {
if(data15 < 1 || isNaN(data15)){
validate57.errors = [ERROR];
return false;
}
}
}
}
var valid19 = _errs49 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data.path !== undefined){
let data16 = data.path;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data16 === "string"){
if(!pattern33.test(data16)){
validate57.errors = [ERROR];
return false;
}
}
else {
validate57.errors = [ERROR];
return false;
}
}
var valid19 = _errs51 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data.status !== undefined){
let data17 = data.status;
const _errs53 = errors;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
validate57.errors = [ERROR];
return false;
}
if(errors === _errs53){
if(typeof data17 == "number"){
if(data17 > 599 || isNaN(data17)){
validate57.errors = [ERROR];
return false;
}
else {
if(data17 < 100 || isNaN(data17)){
validate57.errors = [ERROR];
return false;
}
}
}
}
var valid19 = _errs53 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
var valid18 = _errs45 === errors;
if(valid18){
const _errs55 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.service === undefined) && (missing4 = "service")) || ((data.port === undefined) && (missing4 = "port"))){
validate57.errors = [{instancePath,schemaPath:"#/oneOf/2/allOf/1/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
}
var valid18 = _errs55 === errors;
}
if(errors === _errs44){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs56 = errors;
for(const key3 in data){
if(!(func1.call(schema134.oneOf[2].properties, key3))){
validate57.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs56 === errors){
if(data.type !== undefined){
if("http" !== data.type){
validate57.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "span"){
const _errs58 = errors;
const _errs59 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span_name !== undefined){
let data19 = data.span_name;
const _errs60 = errors;
if(errors === _errs60){
if(typeof data19 === "string"){
if((data19.length < 2 && func2(data19) < 1)){
validate57.errors = [ERROR];
return false;
}
}
else {
validate57.errors = [ERROR];
return false;
}
}
var valid24 = _errs60 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.window_ms !== undefined){
let data20 = data.window_ms;
const _errs62 = errors;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
validate57.errors = [ERROR];
return false;
}
if(errors === _errs62){
if(typeof data20 == "number"){
if(data20 > 3600000 || isNaN(data20)){
validate57.errors = [ERROR];
return false;
}
else {
if(data20 < 100 || isNaN(data20)){
validate57.errors = [ERROR];
return false;
}
}
}
}
var valid24 = _errs62 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.max_error_pct !== undefined){
let data21 = data.max_error_pct;
const _errs64 = errors;
if(errors === _errs64){
if(typeof data21 == "number"){
if(data21 > 100 || isNaN(data21)){
validate57.errors = [ERROR];
return false;
}
else {
if(data21 < 0 || isNaN(data21)){
validate57.errors = [ERROR];
return false;
}
}
}
else {
validate57.errors = [ERROR];
return false;
}
}
var valid24 = _errs64 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.min_spans !== undefined){
let data22 = data.min_spans;
const _errs66 = errors;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
validate57.errors = [ERROR];
return false;
}
if(errors === _errs66){
if(typeof data22 == "number"){
if(data22 > 1000000 || isNaN(data22)){
validate57.errors = [ERROR];
return false;
}
else {
if(data22 < 1 || isNaN(data22)){
validate57.errors = [ERROR];
return false;
}
}
}
}
var valid24 = _errs66 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
var valid23 = _errs59 === errors;
if(valid23){
const _errs68 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if(((data.span_name === undefined) && (missing5 = "span_name")) || ((data.window_ms === undefined) && (missing5 = "window_ms"))){
validate57.errors = [{instancePath,schemaPath:"#/oneOf/3/allOf/1/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
}
var valid23 = _errs68 === errors;
}
if(errors === _errs58){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs69 = errors;
for(const key4 in data){
if(!(func1.call(schema134.oneOf[3].properties, key4))){
validate57.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs69 === errors){
if(data.type !== undefined){
if("span" !== data.type){
validate57.errors = [ERROR];
return false;
}
}
}
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate57.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate57.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.probe === undefined) && (missing0 = "probe")){
validate56.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "recover_within_ms") || (key0 === "probe")) || (key0 === "detect")) || (key0 === "error_budget"))){
validate56.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.recover_within_ms !== undefined){
let data0 = data.recover_within_ms;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate56.errors = [ERROR];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 > 86400000 || isNaN(data0)){
validate56.errors = [ERROR];
return false;
}
else {
if(data0 < 0 || isNaN(data0)){
validate56.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.probe !== undefined){
let data1 = data.probe;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
if(data1.length < 1){
validate56.errors = [ERROR];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate57(data1[i0], CALL))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate56.errors = [ERROR];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.detect !== undefined){
let data3 = data.detect;
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
const _errs10 = errors;
let valid3 = false;
let passing1 = null;
const _errs11 = errors;
if("probes" !== data3){
const err0 = ERROR;
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid1 = _errs11 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs12 = errors;
if(errors === _errs12){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.span === undefined) && (missing1 = "span")){
const err1 = ERROR;
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
const _errs14 = errors;
for(const key1 in data3){
if(!(key1 === "span")){
const err2 = ERROR;
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break;
}
}
if(_errs14 === errors){
if(data3.span !== undefined){
let data4 = data3.span;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data4 === "string"){
if((data4.length < 2 && func2(data4) < 1)){
const err3 = ERROR;
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = ERROR;
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
}
}
else {
const err5 = ERROR;
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err6 = ERROR;
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data3)){
if(data3.length > 2){
const err7 = ERROR;
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data3.length < 1){
const err8 = ERROR;
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
var valid5 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data5 = data3[i1];
const _errs19 = errors;
const _errs20 = errors;
let valid6 = false;
let passing2 = null;
const _errs21 = errors;
if("probes" !== data5){
const err9 = ERROR;
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid2 = _errs21 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs22 = errors;
if(errors === _errs22){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.span === undefined) && (missing2 = "span")){
const err10 = ERROR;
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
const _errs24 = errors;
for(const key2 in data5){
if(!(key2 === "span")){
const err11 = ERROR;
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
}
if(_errs24 === errors){
if(data5.span !== undefined){
let data6 = data5.span;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data6 === "string"){
if((data6.length < 2 && func2(data6) < 1)){
const err12 = ERROR;
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = ERROR;
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
}
}
else {
const err14 = ERROR;
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid2 = _errs22 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err15 = ERROR;
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
var valid5 = _errs19 === errors;
if(!valid5){
break;
}
}
if(valid5){
let i2 = data3.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data3[i2], data3[j0])){
const err16 = ERROR;
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break outer0;
}
}
}
}
}
}
}
}
else {
const err17 = ERROR;
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err18 = ERROR;
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate56.errors = vErrors;
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_budget !== undefined){
let data7 = data.error_budget;
const _errs27 = errors;
if(errors === _errs27){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing3;
if(((data7.span === undefined) && (missing3 = "span")) || ((data7.budget_pct === undefined) && (missing3 = "budget_pct"))){
validate56.errors = [ERROR];
return false;
}
else {
const _errs29 = errors;
for(const key3 in data7){
if(!((key3 === "span") || (key3 === "budget_pct"))){
validate56.errors = [ERROR];
return false;
break;
}
}
if(_errs29 === errors){
if(data7.span !== undefined){
let data8 = data7.span;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data8 === "string"){
if((data8.length < 2 && func2(data8) < 1)){
validate56.errors = [ERROR];
return false;
}
}
else {
validate56.errors = [ERROR];
return false;
}
}
var valid9 = _errs30 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data7.budget_pct !== undefined){
let data9 = data7.budget_pct;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data9 == "number"){
if(data9 > 100 || isNaN(data9)){
validate56.errors = [ERROR];
return false;
}
else {
if(data9 <= 0 || isNaN(data9)){
validate56.errors = [ERROR];
return false;
}
}
}
else {
validate56.errors = [ERROR];
return false;
}
}
var valid9 = _errs32 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate56.errors = [ERROR];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema140 = {"type":"object","additionalProperties":false,"required":["duration_ms","probability","types"],"properties":{"duration_ms":{"type":"integer","minimum":1,"maximum":86400000,"description":"How long the monkey draws, counted from the moment the scenario's first step's process is observed running: ticks at `interval_ms`, 2 × `interval_ms`, … up to `duration_ms`."},"interval_ms":{"type":"integer","minimum":1,"maximum":86400000,"default":1000,"description":"Time between two ticks; at each tick one fault fires with `probability`."},"probability":{"type":"number","minimum":0,"maximum":1,"description":"Chance that a tick fires a fault, drawn from the seed."},"types":{"type":"array","items":{"$ref":"#/$defs/fault/properties/type"},"uniqueItems":true,"description":"Fault types the monkey draws from (faults that act on a service); a type with required parameters needs them in `fault.<type>`."},"targets":{"type":"array","items":{"$ref":"#/$defs/identifier"},"uniqueItems":true,"description":"Services the monkey draws from (default: the scenario's services)."},"fault":{"type":"object","propertyNames":{"$ref":"#/$defs/fault/properties/type"},"additionalProperties":{"type":"object","description":"`duration_ms` of each injected fault of this type and the type's own parameters (checked as a fault of that type)."},"description":"Per fault type: `duration_ms` and parameters of every fault of that type the monkey injects, e.g. `fault.stop_container = { duration_ms = 1500, stop_timeout_ms = 1000 }`."}}};
const schema141 = {"enum":["kill_container","stop_container","restart_container","pause_container","signal","kill_process","memory_pressure","cpu_throttle","disk_fill","fd_exhaustion","exit_code","timeout","syscall_error","slow_io","network_disconnect","partition","blackhole","reject","packet_loss","latency","bandwidth","slow_close","proxy_timeout","reset_peer","slicer","limit_data","http_error","http_slow","clock_skew","dns"],"description":"Fault kind (see the fault catalogue)."};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.duration_ms === undefined) && (missing0 = "duration_ms")) || ((data.probability === undefined) && (missing0 = "probability"))) || ((data.types === undefined) && (missing0 = "types"))){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "duration_ms") || (key0 === "interval_ms")) || (key0 === "probability")) || (key0 === "types")) || (key0 === "targets")) || (key0 === "fault"))){
validate60.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.duration_ms !== undefined){
let data0 = data.duration_ms;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate60.errors = [ERROR];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 > 86400000 || isNaN(data0)){
validate60.errors = [ERROR];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate60.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.interval_ms !== undefined){
let data1 = data.interval_ms;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate60.errors = [ERROR];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 > 86400000 || isNaN(data1)){
validate60.errors = [ERROR];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate60.errors = [ERROR];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.probability !== undefined){
let data2 = data.probability;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 > 1 || isNaN(data2)){
validate60.errors = [ERROR];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate60.errors = [ERROR];
return false;
}
}
}
else {
validate60.errors = [ERROR];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.types !== undefined){
let data3 = data.types;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
if(!((((((((((((((((((((((((((((((data4 === "kill_container") || (data4 === "stop_container")) || (data4 === "restart_container")) || (data4 === "pause_container")) || (data4 === "signal")) || (data4 === "kill_process")) || (data4 === "memory_pressure")) || (data4 === "cpu_throttle")) || (data4 === "disk_fill")) || (data4 === "fd_exhaustion")) || (data4 === "exit_code")) || (data4 === "timeout")) || (data4 === "syscall_error")) || (data4 === "slow_io")) || (data4 === "network_disconnect")) || (data4 === "partition")) || (data4 === "blackhole")) || (data4 === "reject")) || (data4 === "packet_loss")) || (data4 === "latency")) || (data4 === "bandwidth")) || (data4 === "slow_close")) || (data4 === "proxy_timeout")) || (data4 === "reset_peer")) || (data4 === "slicer")) || (data4 === "limit_data")) || (data4 === "http_error")) || (data4 === "http_slow")) || (data4 === "clock_skew")) || (data4 === "dns"))){
validate60.errors = [ERROR];
return false;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
validate60.errors = [ERROR];
return false;
break outer0;
}
}
}
}
}
}
else {
validate60.errors = [ERROR];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.targets !== undefined){
let data5 = data.targets;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid4 = true;
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if((data6.length > 128 && func2(data6) > 128)){
validate60.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data6)){
validate60.errors = [ERROR];
return false;
}
}
}
else {
validate60.errors = [ERROR];
return false;
}
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i3 = data5.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data5[i3], data5[j1])){
validate60.errors = [ERROR];
return false;
break outer1;
}
}
}
}
}
}
else {
validate60.errors = [ERROR];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fault !== undefined){
let data7 = data.fault;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
const _errs19 = errors;
if(!((((((((((((((((((((((((((((((key1 === "kill_container") || (key1 === "stop_container")) || (key1 === "restart_container")) || (key1 === "pause_container")) || (key1 === "signal")) || (key1 === "kill_process")) || (key1 === "memory_pressure")) || (key1 === "cpu_throttle")) || (key1 === "disk_fill")) || (key1 === "fd_exhaustion")) || (key1 === "exit_code")) || (key1 === "timeout")) || (key1 === "syscall_error")) || (key1 === "slow_io")) || (key1 === "network_disconnect")) || (key1 === "partition")) || (key1 === "blackhole")) || (key1 === "reject")) || (key1 === "packet_loss")) || (key1 === "latency")) || (key1 === "bandwidth")) || (key1 === "slow_close")) || (key1 === "proxy_timeout")) || (key1 === "reset_peer")) || (key1 === "slicer")) || (key1 === "limit_data")) || (key1 === "http_error")) || (key1 === "http_slow")) || (key1 === "clock_skew")) || (key1 === "dns"))){
const err0 = ERROR;
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid7 = _errs19 === errors;
if(!valid7){
const err1 = ERROR;
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate60.errors = vErrors;
return false;
break;
}
}
if(valid7){
for(const key2 in data7){
let data8 = data7[key2];
const _errs22 = errors;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
validate60.errors = [ERROR];
return false;
}
var valid9 = _errs22 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate60.errors = [ERROR];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.run === undefined) && (missing0 = "run")) || ((data.steps === undefined) && (missing0 = "steps"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
validate25.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.name === undefined) && (missing1 = "name")){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!(func1.call(schema51.properties, key0))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs3 === errors){
if(data.service !== undefined){
let data0 = data.service;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if((data0.length > 128 && func2(data0) > 128)){
validate25.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data0)){
validate25.errors = [ERROR];
return false;
}
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.image !== undefined){
let data1 = data.image;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if((data1.length < 2 && func2(data1) < 1)){
validate25.errors = [ERROR];
return false;
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.env !== undefined){
const _errs9 = errors;
if(!(validate22(data.env, CALL))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.workdir !== undefined){
let data3 = data.workdir;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if((data3.length < 2 && func2(data3) < 1)){
validate25.errors = [ERROR];
return false;
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.timeout_ms !== undefined){
let data4 = data.timeout_ms;
const _errs12 = errors;
const _errs13 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate25.errors = [ERROR];
return false;
}
if(errors === _errs13){
if(typeof data4 == "number"){
if(data4 > 86400000 || isNaN(data4)){
validate25.errors = [ERROR];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate25.errors = [ERROR];
return false;
}
}
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.timeout_strategy !== undefined){
let data5 = data.timeout_strategy;
const _errs15 = errors;
if(!((data5 === "hard") || (data5 === "graceful"))){
validate25.errors = [ERROR];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.grace_period_ms !== undefined){
let data6 = data.grace_period_ms;
const _errs17 = errors;
const _errs18 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
validate25.errors = [ERROR];
return false;
}
if(errors === _errs18){
if(typeof data6 == "number"){
if(data6 > 86400000 || isNaN(data6)){
validate25.errors = [ERROR];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate25.errors = [ERROR];
return false;
}
}
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.expect_exit_code !== undefined){
let data7 = data.expect_exit_code;
const _errs20 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate25.errors = [ERROR];
return false;
}
if(errors === _errs20){
if(typeof data7 == "number"){
if(data7 > 255 || isNaN(data7)){
validate25.errors = [ERROR];
return false;
}
else {
if(data7 < 0 || isNaN(data7)){
validate25.errors = [ERROR];
return false;
}
}
}
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.expected_output_regex !== undefined){
let data8 = data.expected_output_regex;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data8 === "string"){
if(!(formats4(data8))){
validate25.errors = [ERROR];
return false;
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.continue_on_failure !== undefined){
const _errs24 = errors;
if(typeof data.continue_on_failure !== "boolean"){
validate25.errors = [ERROR];
return false;
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.retries !== undefined){
const _errs26 = errors;
if(!(validate27(data.retries, CALL))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid1 = _errs26 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.name !== undefined){
let data11 = data.name;
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data11 === "string"){
if((data11.length > 128 && func2(data11) > 128)){
validate25.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data11)){
validate25.errors = [ERROR];
return false;
}
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs27 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.description !== undefined){
const _errs30 = errors;
if(typeof data.description !== "string"){
validate25.errors = [ERROR];
return false;
}
var valid1 = _errs30 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.hypothesis !== undefined){
let data13 = data.hypothesis;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data13 === "string"){
if((data13.length < 2 && func2(data13) < 1)){
validate25.errors = [ERROR];
return false;
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs32 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.tags !== undefined){
let data14 = data.tags;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data14)){
var valid7 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
const _errs36 = errors;
if(typeof data14[i0] !== "string"){
validate25.errors = [ERROR];
return false;
}
var valid7 = _errs36 === errors;
if(!valid7){
break;
}
}
if(valid7){
let i1 = data14.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data14[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate25.errors = [ERROR];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs34 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.services !== undefined){
let data16 = data.services;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data16)){
var valid9 = true;
const len1 = data16.length;
for(let i2=0; i2<len1; i2++){
let data17 = data16[i2];
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data17 === "string"){
if((data17.length > 128 && func2(data17) > 128)){
validate25.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data17)){
validate25.errors = [ERROR];
return false;
}
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid9 = _errs40 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i3 = data16.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data16[i3], data16[j1])){
validate25.errors = [ERROR];
return false;
break outer0;
}
}
}
}
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs38 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.run !== undefined){
let data18 = data.run;
const _errs43 = errors;
const _errs45 = errors;
let valid13 = false;
let passing0 = null;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data18 === "string"){
if((data18.length < 2 && func2(data18) < 1)){
const err1 = ERROR;
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = ERROR;
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs46 === errors;
if(_valid0){
valid13 = true;
passing0 = 0;
}
const _errs48 = errors;
if(errors === _errs48){
if(Array.isArray(data18)){
if(data18.length < 1){
const err3 = ERROR;
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
var valid14 = true;
const len2 = data18.length;
for(let i4=0; i4<len2; i4++){
const _errs50 = errors;
if(typeof data18[i4] !== "string"){
const err4 = ERROR;
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid14 = _errs50 === errors;
if(!valid14){
break;
}
}
}
}
else {
const err5 = ERROR;
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs48 === errors;
if(_valid0 && valid13){
valid13 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid13 = true;
passing0 = 1;
}
}
if(!valid13){
const err6 = ERROR;
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate25.errors = vErrors;
return false;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs43 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.steps !== undefined){
let data20 = data.steps;
const _errs52 = errors;
if(errors === _errs52){
if(Array.isArray(data20)){
if(data20.length < 1){
validate25.errors = [ERROR];
return false;
}
else {
var valid15 = true;
const len3 = data20.length;
for(let i5=0; i5<len3; i5++){
const _errs54 = errors;
if(!(validate29(data20[i5], CALL))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid15 = _errs54 === errors;
if(!valid15){
break;
}
}
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs52 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.deadline_ms !== undefined){
let data22 = data.deadline_ms;
const _errs55 = errors;
const _errs56 = errors;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
validate25.errors = [ERROR];
return false;
}
if(errors === _errs56){
if(typeof data22 == "number"){
if(data22 > 86400000 || isNaN(data22)){
validate25.errors = [ERROR];
return false;
}
else {
if(data22 < 0 || isNaN(data22)){
validate25.errors = [ERROR];
return false;
}
}
}
}
var valid1 = _errs55 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.expect_failure !== undefined){
const _errs58 = errors;
if(typeof data.expect_failure !== "boolean"){
validate25.errors = [ERROR];
return false;
}
var valid1 = _errs58 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.artifacts !== undefined){
let data24 = data.artifacts;
const _errs60 = errors;
if(errors === _errs60){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
const _errs62 = errors;
for(const key1 in data24){
if(!(key1 === "collect")){
validate25.errors = [ERROR];
return false;
break;
}
}
if(_errs62 === errors){
if(data24.collect !== undefined){
let data25 = data24.collect;
const _errs63 = errors;
if(errors === _errs63){
if(Array.isArray(data25)){
var valid18 = true;
const len4 = data25.length;
for(let i6=0; i6<len4; i6++){
let data26 = data25[i6];
const _errs65 = errors;
if(!((((data26 === "logs") || (data26 === "spans")) || (data26 === "inspect")) || (data26 === "spans:stdout"))){
validate25.errors = [ERROR];
return false;
}
var valid18 = _errs65 === errors;
if(!valid18){
break;
}
}
if(valid18){
let i7 = data25.length;
let j2;
if(i7 > 1){
outer1:
for(;i7--;){
for(j2 = i7; j2--;){
if(func0(data25[i7], data25[j2])){
validate25.errors = [ERROR];
return false;
break outer1;
}
}
}
}
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
}
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs60 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.chaos_injection !== undefined){
const _errs66 = errors;
if(!(validate33(data.chaos_injection, CALL))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid1 = _errs66 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.chaos !== undefined){
let data28 = data.chaos;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data28)){
var valid20 = true;
const len5 = data28.length;
for(let i8=0; i8<len5; i8++){
const _errs69 = errors;
if(!(validate33(data28[i8], CALL))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid20 = _errs69 === errors;
if(!valid20){
break;
}
}
}
else {
validate25.errors = [ERROR];
return false;
}
}
var valid1 = _errs67 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.expect !== undefined){
const _errs70 = errors;
if(!(validate38(data.expect, CALL))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid1 = _errs70 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.steady_state !== undefined){
const _errs71 = errors;
if(!(validate56(data.steady_state, CALL))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid1 = _errs71 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.monkey !== undefined){
const _errs72 = errors;
if(!(validate60(data.monkey, CALL))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid1 = _errs72 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://clnrm.dev/schemas/clnrm.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.meta === undefined) && (missing0 = "meta")) || ((data.scenario === undefined) && (missing0 = "scenario"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.meta !== undefined){
let data0 = data.meta;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.name === undefined) && (missing1 = "name")){
validate20.errors = [ERROR];
return false;
}
else {
const _errs4 = errors;
for(const key1 in data0){
if(!((((key1 === "name") || (key1 === "version")) || (key1 === "description")) || (key1 === "tags"))){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.name !== undefined){
let data1 = data0.name;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if((data1.length > 128 && func2(data1) > 128)){
validate20.errors = [ERROR];
return false;
}
else {
if(!pattern4.test(data1)){
validate20.errors = [ERROR];
return false;
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.version !== undefined){
const _errs8 = errors;
if(typeof data0.version !== "string"){
validate20.errors = [ERROR];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.description !== undefined){
const _errs10 = errors;
if(typeof data0.description !== "string"){
validate20.errors = [ERROR];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.tags !== undefined){
let data4 = data0.tags;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(typeof data4[i0] !== "string"){
validate20.errors = [ERROR];
return false;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate20.errors = [ERROR];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.determinism !== undefined){
let data6 = data.determinism;
const _errs16 = errors;
if(errors === _errs16){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
const _errs18 = errors;
for(const key2 in data6){
if(!((((key2 === "seed") || (key2 === "freeze_clock")) || (key2 === "clock")) || (key2 === "digest_exclude"))){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs18 === errors){
if(data6.seed !== undefined){
let data7 = data6.seed;
const _errs19 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate20.errors = [ERROR];
return false;
}
if(errors === _errs19){
if(typeof data7 == "number"){
if(data7 > 9007199254740991 || isNaN(data7)){
validate20.errors = [ERROR];
return false;
}
else {
if(data7 < 0 || isNaN(data7)){
validate20.errors = [ERROR];
return false;
}
}
}
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.freeze_clock !== undefined){
let data8 = data6.freeze_clock;
const _errs21 = errors;
if(errors === _errs21){
if(errors === _errs21){
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
validate20.errors = [ERROR];
return false;
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.clock !== undefined){
let data9 = data6.clock;
const _errs23 = errors;
if(!((data9 === "advancing") || (data9 === "frozen"))){
validate20.errors = [ERROR];
return false;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.digest_exclude !== undefined){
let data10 = data6.digest_exclude;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data10)){
var valid6 = true;
const len1 = data10.length;
for(let i2=0; i2<len1; i2++){
let data11 = data10[i2];
const _errs26 = errors;
if(errors === _errs26){
if(typeof data11 === "string"){
if((data11.length < 2 && func2(data11) < 1)){
validate20.errors = [ERROR];
return false;
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid6 = _errs26 === errors;
if(!valid6){
break;
}
}
if(valid6){
let i3 = data10.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data10[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate20.errors = [ERROR];
return false;
break;
}
indices1[item1] = i3;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.vars !== undefined){
let data12 = data.vars;
const _errs28 = errors;
if(errors === _errs28){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(typeof key3 === "string"){
if((key3.length > 128 && func2(key3) > 128)){
const err0 = ERROR;
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!pattern4.test(key3)){
const err1 = ERROR;
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = ERROR;
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid8 = _errs30 === errors;
if(!valid8){
const err3 = ERROR;
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid8){
for(const key4 in data12){
let data13 = data12[key4];
const _errs34 = errors;
const _errs36 = errors;
let valid12 = false;
let passing0 = null;
const _errs37 = errors;
if(((typeof data13 !== "string") && (!(typeof data13 == "number"))) && (typeof data13 !== "boolean")){
const err4 = ERROR;
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs37 === errors;
if(_valid0){
valid12 = true;
passing0 = 0;
}
const _errs39 = errors;
if(errors === _errs39){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing2;
if(((data13.value === undefined) && (missing2 = "value")) || ((data13.secret === undefined) && (missing2 = "secret"))){
const err5 = ERROR;
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
const _errs41 = errors;
for(const key5 in data13){
if(!((key5 === "value") || (key5 === "secret"))){
const err6 = ERROR;
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
}
if(_errs41 === errors){
if(data13.value !== undefined){
let data14 = data13.value;
const _errs42 = errors;
if(((typeof data14 !== "string") && (!(typeof data14 == "number"))) && (typeof data14 !== "boolean")){
const err7 = ERROR;
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid13 = _errs42 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data13.secret !== undefined){
const _errs44 = errors;
if(typeof data13.secret !== "boolean"){
const err8 = ERROR;
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid13 = _errs44 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
else {
const err9 = ERROR;
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid12){
valid12 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid12 = true;
passing0 = 1;
}
}
if(!valid12){
const err10 = ERROR;
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
var valid10 = _errs34 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.otel !== undefined){
let data16 = data.otel;
const _errs46 = errors;
if(errors === _errs46){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
const _errs48 = errors;
for(const key6 in data16){
if(!(((((((key6 === "exporter") || (key6 === "endpoint")) || (key6 === "headers")) || (key6 === "service_name")) || (key6 === "resources")) || (key6 === "receiver")) || (key6 === "receiver_max_spans"))){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs48 === errors){
if(data16.exporter !== undefined){
let data17 = data16.exporter;
const _errs49 = errors;
if(!(((data17 === "none") || (data17 === "stdout")) || (data17 === "otlp"))){
validate20.errors = [ERROR];
return false;
}
var valid14 = _errs49 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data16.endpoint !== undefined){
let data18 = data16.endpoint;
const _errs50 = errors;
if(errors === _errs50){
if(errors === _errs50){
if(typeof data18 === "string"){
if(!(formats2(data18))){
validate20.errors = [ERROR];
return false;
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
}
var valid14 = _errs50 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data16.headers !== undefined){
let data19 = data16.headers;
const _errs52 = errors;
if(errors === _errs52){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key7 in data19){
const _errs55 = errors;
if(typeof data19[key7] !== "string"){
validate20.errors = [ERROR];
return false;
}
var valid15 = _errs55 === errors;
if(!valid15){
break;
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid14 = _errs52 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data16.service_name !== undefined){
const _errs57 = errors;
if(typeof data16.service_name !== "string"){
validate20.errors = [ERROR];
return false;
}
var valid14 = _errs57 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data16.resources !== undefined){
let data22 = data16.resources;
const _errs59 = errors;
if(errors === _errs59){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key8 in data22){
let data23 = data22[key8];
const _errs62 = errors;
if(((typeof data23 !== "string") && (!(typeof data23 == "number"))) && (typeof data23 !== "boolean")){
validate20.errors = [ERROR];
return false;
}
var valid16 = _errs62 === errors;
if(!valid16){
break;
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid14 = _errs59 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data16.receiver !== undefined){
const _errs64 = errors;
if(typeof data16.receiver !== "boolean"){
validate20.errors = [ERROR];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data16.receiver_max_spans !== undefined){
let data25 = data16.receiver_max_spans;
const _errs66 = errors;
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
validate20.errors = [ERROR];
return false;
}
if(errors === _errs66){
if(typeof data25 == "number"){
if(data25 > 20000000 || isNaN(data25)){
validate20.errors = [ERROR];
return false;
}
else {
if(data25 < 1 || isNaN(data25)){
validate20.errors = [ERROR];
return false;
}
}
}
}
var valid14 = _errs66 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limits !== undefined){
let data26 = data.limits;
const _errs68 = errors;
if(errors === _errs68){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
const _errs70 = errors;
for(const key9 in data26){
if(!((((key9 === "cpu_millicores") || (key9 === "memory_mb")) || (key9 === "pids")) || (key9 === "max_duration_seconds"))){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs70 === errors){
if(data26.cpu_millicores !== undefined){
let data27 = data26.cpu_millicores;
const _errs71 = errors;
const _errs72 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
validate20.errors = [ERROR];
return false;
}
if(errors === _errs72){
if(typeof data27 == "number"){
if(data27 > 1024000 || isNaN(data27)){
validate20.errors = [ERROR];
return false;
}
else {
if(data27 < 1 || isNaN(data27)){
validate20.errors = [ERROR];
return false;
}
}
}
}
var valid17 = _errs71 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data26.memory_mb !== undefined){
let data28 = data26.memory_mb;
const _errs74 = errors;
const _errs75 = errors;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
validate20.errors = [ERROR];
return false;
}
if(errors === _errs75){
if(typeof data28 == "number"){
if(data28 > 1048576 || isNaN(data28)){
validate20.errors = [ERROR];
return false;
}
else {
if(data28 < 6 || isNaN(data28)){
validate20.errors = [ERROR];
return false;
}
}
}
}
var valid17 = _errs74 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data26.pids !== undefined){
let data29 = data26.pids;
const _errs77 = errors;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
validate20.errors = [ERROR];
return false;
}
if(errors === _errs77){
if(typeof data29 == "number"){
if(data29 < 1 || isNaN(data29)){
validate20.errors = [ERROR];
return false;
}
}
}
var valid17 = _errs77 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data26.max_duration_seconds !== undefined){
let data30 = data26.max_duration_seconds;
const _errs79 = errors;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
validate20.errors = [ERROR];
return false;
}
if(errors === _errs79){
if(typeof data30 == "number"){
if(data30 < 1 || isNaN(data30)){
validate20.errors = [ERROR];
return false;
}
}
}
var valid17 = _errs79 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cleanup !== undefined){
let data31 = data.cleanup;
const _errs81 = errors;
if(errors === _errs81){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
const _errs83 = errors;
for(const key10 in data31){
if(!(((key10 === "containers") || (key10 === "verify_cleanup")) || (key10 === "timeout_ms"))){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs83 === errors){
if(data31.containers !== undefined){
let data32 = data31.containers;
const _errs84 = errors;
if(!(((data32 === "always") || (data32 === "on_success")) || (data32 === "never"))){
validate20.errors = [ERROR];
return false;
}
var valid20 = _errs84 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data31.verify_cleanup !== undefined){
const _errs85 = errors;
if(typeof data31.verify_cleanup !== "boolean"){
validate20.errors = [ERROR];
return false;
}
var valid20 = _errs85 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data31.timeout_ms !== undefined){
let data34 = data31.timeout_ms;
const _errs87 = errors;
const _errs88 = errors;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
validate20.errors = [ERROR];
return false;
}
if(errors === _errs88){
if(typeof data34 == "number"){
if(data34 > 86400000 || isNaN(data34)){
validate20.errors = [ERROR];
return false;
}
else {
if(data34 < 0 || isNaN(data34)){
validate20.errors = [ERROR];
return false;
}
}
}
}
var valid20 = _errs87 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.report !== undefined){
let data35 = data.report;
const _errs90 = errors;
if(errors === _errs90){
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
const _errs92 = errors;
for(const key11 in data35){
if(!((key11 === "dir") || (key11 === "formats"))){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs92 === errors){
if(data35.dir !== undefined){
let data36 = data35.dir;
const _errs93 = errors;
if(errors === _errs93){
if(typeof data36 === "string"){
if((data36.length < 2 && func2(data36) < 1)){
validate20.errors = [ERROR];
return false;
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid22 = _errs93 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data35.formats !== undefined){
let data37 = data35.formats;
const _errs95 = errors;
if(errors === _errs95){
if(Array.isArray(data37)){
var valid23 = true;
const len2 = data37.length;
for(let i4=0; i4<len2; i4++){
let data38 = data37[i4];
const _errs97 = errors;
if(!(((((data38 === "json") || (data38 === "junit")) || (data38 === "digest")) || (data38 === "cleanup")) || (data38 === "html"))){
validate20.errors = [ERROR];
return false;
}
var valid23 = _errs97 === errors;
if(!valid23){
break;
}
}
if(valid23){
let i5 = data37.length;
let j2;
if(i5 > 1){
outer0:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data37[i5], data37[j2])){
validate20.errors = [ERROR];
return false;
break outer0;
}
}
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid22 = _errs95 === errors;
}
else {
var valid22 = true;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs90 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.network !== undefined){
let data39 = data.network;
const _errs98 = errors;
if(errors === _errs98){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
const _errs100 = errors;
for(const key12 in data39){
if(!((key12 === "egress") || (key12 === "allow"))){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs100 === errors){
if(data39.egress !== undefined){
const _errs101 = errors;
if(typeof data39.egress !== "boolean"){
validate20.errors = [ERROR];
return false;
}
var valid25 = _errs101 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data39.allow !== undefined){
let data41 = data39.allow;
const _errs103 = errors;
if(errors === _errs103){
if(Array.isArray(data41)){
var valid26 = true;
const len3 = data41.length;
for(let i6=0; i6<len3; i6++){
let data42 = data41[i6];
const _errs105 = errors;
if(errors === _errs105){
if(typeof data42 === "string"){
if(!pattern6.test(data42)){
validate20.errors = [ERROR];
return false;
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid26 = _errs105 === errors;
if(!valid26){
break;
}
}
if(valid26){
let i7 = data41.length;
let j3;
if(i7 > 1){
const indices2 = {};
for(;i7--;){
let item2 = data41[i7];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j3 = indices2[item2];
validate20.errors = [ERROR];
return false;
break;
}
indices2[item2] = i7;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid25 = _errs103 === errors;
}
else {
var valid25 = true;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs98 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chaos !== undefined){
let data43 = data.chaos;
const _errs107 = errors;
if(errors === _errs107){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
const _errs109 = errors;
for(const key13 in data43){
if(!(key13 === "preset")){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs109 === errors){
if(data43.preset !== undefined){
let data44 = data43.preset;
if(!(((data44 === "none") || (data44 === "gentle")) || (data44 === "aggressive"))){
validate20.errors = [ERROR];
return false;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs107 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.game_day !== undefined){
let data45 = data.game_day;
const _errs111 = errors;
if(errors === _errs111){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing3;
if((data45.name === undefined) && (missing3 = "name")){
validate20.errors = [ERROR];
return false;
}
else {
const _errs113 = errors;
for(const key14 in data45){
if(!((key14 === "name") || (key14 === "description"))){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs113 === errors){
if(data45.name !== undefined){
let data46 = data45.name;
const _errs114 = errors;
if(errors === _errs114){
if(typeof data46 === "string"){
if((data46.length < 2 && func2(data46) < 1)){
validate20.errors = [ERROR];
return false;
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid29 = _errs114 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data45.description !== undefined){
const _errs116 = errors;
if(typeof data45.description !== "string"){
validate20.errors = [ERROR];
return false;
}
var valid29 = _errs116 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs111 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service !== undefined){
let data48 = data.service;
const _errs118 = errors;
if(errors === _errs118){
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key15 in data48){
const _errs120 = errors;
const _errs121 = errors;
if(errors === _errs121){
if(typeof key15 === "string"){
if((key15.length > 128 && func2(key15) > 128)){
const err11 = ERROR;
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(!pattern4.test(key15)){
const err12 = ERROR;
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = ERROR;
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid30 = _errs120 === errors;
if(!valid30){
const err14 = ERROR;
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid30){
for(const key16 in data48){
const _errs124 = errors;
if(!(validate21(data48[key16], CALL))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid32 = _errs124 === errors;
if(!valid32){
break;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs118 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.proxy !== undefined){
let data50 = data.proxy;
const _errs125 = errors;
if(errors === _errs125){
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key17 in data50){
const _errs127 = errors;
const _errs128 = errors;
if(errors === _errs128){
if(typeof key17 === "string"){
if((key17.length > 128 && func2(key17) > 128)){
const err15 = ERROR;
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(!pattern4.test(key17)){
const err16 = ERROR;
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = ERROR;
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid33 = _errs127 === errors;
if(!valid33){
const err18 = ERROR;
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid33){
for(const key18 in data50){
let data51 = data50[key18];
const _errs131 = errors;
const _errs132 = errors;
if(errors === _errs132){
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
let missing4;
if((data51.upstream === undefined) && (missing4 = "upstream")){
validate20.errors = [ERROR];
return false;
}
else {
const _errs134 = errors;
for(const key19 in data51){
if(!((key19 === "listen") || (key19 === "upstream"))){
validate20.errors = [ERROR];
return false;
break;
}
}
if(_errs134 === errors){
if(data51.listen !== undefined){
let data52 = data51.listen;
const _errs135 = errors;
if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){
validate20.errors = [ERROR];
return false;
}
if(errors === _errs135){
if(typeof data52 == "number"){
if(data52 > 65535 || isNaN(data52)){
validate20.errors = [ERROR];
return false;
}
else {
if(data52 < 1 || isNaN(data52)){
validate20.errors = [ERROR];
return false;
}
}
}
}
var valid37 = _errs135 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data51.upstream !== undefined){
let data53 = data51.upstream;
const _errs137 = errors;
if(errors === _errs137){
if(typeof data53 === "string"){
if(!pattern11.test(data53)){
validate20.errors = [ERROR];
return false;
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid37 = _errs137 === errors;
}
else {
var valid37 = true;
}
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid35 = _errs131 === errors;
if(!valid35){
break;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs125 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scenario !== undefined){
let data54 = data.scenario;
const _errs139 = errors;
if(errors === _errs139){
if(Array.isArray(data54)){
if(data54.length < 1){
validate20.errors = [ERROR];
return false;
}
else {
var valid38 = true;
const len4 = data54.length;
for(let i8=0; i8<len4; i8++){
const _errs141 = errors;
if(!(validate25(data54[i8], CALL))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid38 = _errs141 === errors;
if(!valid38){
break;
}
}
}
}
else {
validate20.errors = [ERROR];
return false;
}
}
var valid0 = _errs139 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expect !== undefined){
const _errs142 = errors;
if(!(validate38(data.expect, CALL))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid0 = _errs142 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

