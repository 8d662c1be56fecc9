// @ts-nocheck
// Generated from schemas/clnrm.schema.json by `npm run docs` (Ajv standalone code): do not edit.
// A test fails when this file does not match the committed schema.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const suite = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://clnrm.dev/schemas/clnrm.schema.json","title":"clnrm suite file (*.clnrm.toml)","description":"One suite: services, scenarios, chaos faults and expectations on OpenTelemetry spans.","type":"object","required":["meta","scenario"],"additionalProperties":false,"properties":{"meta":{"description":"What the suite is.","type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/identifier","description":"Suite name; names the report files (`<name>.report.json`, ...)."},"version":{"type":"string","description":"Free-form version of the suite."},"description":{"type":"string","description":"What the suite checks."},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Labels for filtering and reports."}}},"determinism":{"description":"Reproducibility: the seed of every random draw and the instant reported times start at.","type":"object","additionalProperties":false,"properties":{"seed":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Seed of every random choice (retry jitter, chaos timing and targets, failure-rate draws, ids). `--seed` overrides it; without either, a seed is drawn and printed."},"freeze_clock":{"type":"string","format":"date-time","description":"RFC 3339 instant (e.g. `2025-01-01T00:00:00Z`) at which reported times start, and the clock the containers' processes see (libfaketime, see `clock`); also passed as `CLNRM_FREEZE_CLOCK` and `SOURCE_DATE_EPOCH`."},"clock":{"enum":["advancing","frozen"],"default":"advancing","description":"With `freeze_clock`: the containers' wall clock starts at that instant when the run starts and runs on (`advancing`), or stands still at it (`frozen`). Monotonic clocks and timers are never changed. A service's `clock` overrides it."},"digest_exclude":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Extra span attribute keys left out of the trace digest (volatile values of your system)."}}},"vars":{"description":"Template variables. `{{ name }}` in any string value takes its value from `--var name=value`, else from the environment variable `name`, else from `[vars]`. A variable written `name = { value = \"...\", secret = true }` is secret: its value (and the value that replaces it from `--var` or the environment) is masked as `***` in every output, by value, also inside larger strings such as a templated command. Variables whose names look secret (TOKEN, PASSWORD, SECRET, KEY, CREDENTIAL, AUTH, PRIVATE) are masked without the marker.","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"$ref":"#/$defs/maybeSecret"}},"otel":{"description":"Where the runner's spans go besides the reports, and how the system under test exports its own.","type":"object","additionalProperties":false,"properties":{"exporter":{"enum":["none","stdout","otlp"],"default":"none","description":"Extra export of the run's spans: `stdout` prints them, `otlp` sends them to `endpoint`. Not set: `OTEL_TRACES_EXPORTER`, or `otlp` when an `OTEL_EXPORTER_OTLP_*ENDPOINT` variable is set, else none (docs/otel.md)."},"endpoint":{"type":"string","format":"uri","description":"OTLP/HTTP endpoint for `exporter = \"otlp\"` (`/v1/traces` is appended). Not set: the `OTEL_EXPORTER_OTLP_*ENDPOINT` variables, else http://localhost:4318."},"headers":{"type":"object","additionalProperties":{"type":"string"},"description":"Headers sent with OTLP exports, over those of `OTEL_EXPORTER_OTLP_HEADERS`."},"service_name":{"type":"string","default":"clnrm","description":"`service.name` of the runner's own spans. Not set: `OTEL_SERVICE_NAME`, else `clnrm`."},"resources":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra resource attributes of the runner's spans, over those of `OTEL_RESOURCE_ATTRIBUTES` (which apply to the export)."},"receiver":{"type":"boolean","default":true,"description":"Start the OTLP/HTTP receiver for spans of the system under test."},"receiver_max_spans":{"type":"integer","minimum":1,"maximum":20000000,"default":100000,"description":"Spans of the system under test the receiver keeps in the whole run (all scenarios' channels); every further span is dropped unjudged and counted, with the warning `clnrm.receiver.cap` on the scenario that hit it. Past 100 000 the spans are held as a span table (docs/otlp-receiver.md). A run of several files uses the largest value among them."}}},"limits":{"description":"Defaults for every service and a cap on the whole suite.","type":"object","additionalProperties":false,"properties":{"cpu_millicores":{"$ref":"#/$defs/cpuMillicores"},"memory_mb":{"$ref":"#/$defs/memoryMb"},"pids":{"type":"integer","minimum":1,"description":"Maximum number of processes per container."},"max_duration_seconds":{"type":"integer","minimum":1,"description":"The whole suite fails with a timeout after this many seconds."}}},"cleanup":{"description":"What happens to containers, networks and volumes after each scenario.","type":"object","additionalProperties":false,"properties":{"containers":{"enum":["always","on_success","never"],"default":"always","description":"`on_success` and `never` keep resources for debugging and print the command that removes them."},"verify_cleanup":{"type":"boolean","default":true,"description":"After removal, list the engine's resources with the scenario's labels; anything left is reported as a leak."},"timeout_ms":{"$ref":"#/$defs/durationMs","default":30000,"description":"Time allowed for cleanup of one scenario."}}},"report":{"description":"Which reports `clnrm run` writes and where.","type":"object","additionalProperties":false,"properties":{"dir":{"type":"string","minLength":1,"default":".clnrm/reports","description":"Directory of the reports (relative to the working directory). `--report-dir` overrides it."},"formats":{"type":"array","items":{"enum":["json","junit","digest","cleanup","html"]},"uniqueItems":true,"default":["json","junit","digest","cleanup","html"],"description":"Reports to write: `<suite>.report.json`, `<suite>.junit.xml`, `<suite>.trace.sha256` (+ canonical trace), `<suite>.cleanup.json`, `<suite>.html` (+ `index.html` over a multi-suite run)."}}},"network":{"description":"The per-scenario network.","type":"object","additionalProperties":false,"properties":{"egress":{"type":"boolean","default":false,"description":"Allow containers to reach the outside world. By default each scenario's network is internal: services reach only each other, by service name. Either way the host itself stays closed except for this scenario's OTLP receiver and the `allow` entries (see docs/isolation.md)."},"allow":{"type":"array","default":[],"uniqueItems":true,"description":"Deliberate holes to the host: ports of the engine's host that this suite's containers may connect to through their network's gateway (see docs/isolation.md).","items":{"type":"string","pattern":"^host:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(/(tcp|udp))?$","description":"`host:PORT` (TCP) or `host:PORT/udp`, PORT from 1 to 65535, e.g. `host:5432`."}}}},"chaos":{"description":"Suite-wide chaos settings.","type":"object","additionalProperties":false,"properties":{"preset":{"enum":["none","gentle","aggressive"],"default":"none","description":"Expands into catalogue faults applied to every scenario. `--chaos` overrides it."}}},"game_day":{"description":"The suite is a game day (docs/experiments.md#game-days): each scenario with a `hypothesis` tests one, its expectations and KPI bounds are the success criteria, and the reports get a game-day section.","type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"description":"Name of the game day in the reports."},"description":{"type":"string","description":"What the game day exercises."}}},"service":{"description":"Containers started for each scenario, keyed by service name (the name is also its host name on the scenario network).","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"$ref":"#/$defs/service"}},"proxy":{"description":"TCP fault proxies (Toxiproxy style), keyed by name; point the system under test at `NAME:listen` instead of the upstream.","type":"object","propertyNames":{"$ref":"#/$defs/identifier"},"additionalProperties":{"$ref":"#/$defs/proxy"}},"scenario":{"description":"The scenarios, run in order (or in parallel with `--jobs`); each gets its own network and services.","type":"array","minItems":1,"items":{"$ref":"#/$defs/scenario"}},"expect":{"$ref":"#/$defs/expect","description":"Expectations checked against the whole file's trace."}},"$defs":{"identifier":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","maxLength":128,"description":"Letters, digits, `_`, `.`, `-`; starts with a letter or digit."},"durationMs":{"type":"integer","minimum":0,"maximum":86400000,"description":"Milliseconds."},"memoryMb":{"type":"integer","minimum":6,"maximum":1048576,"description":"Memory limit in MiB (at least 6, the engine's minimum)."},"cpuMillicores":{"type":"integer","minimum":1,"maximum":1024000,"description":"CPU limit in millicores (1000 = one core)."},"command":{"description":"A shell string (run with `sh -c`) or an argv array (run without a shell).","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string"}}]},"maybeSecret":{"description":"A string, number or boolean, or `{ value = ..., secret = true }` for a secret.","oneOf":[{"type":["string","number","boolean"]},{"type":"object","additionalProperties":false,"required":["value","secret"],"properties":{"value":{"type":["string","number","boolean"],"description":"The value."},"secret":{"type":"boolean","description":"true: the value is masked as `***` in every output (reports, traces, exports, console, logs, errors)."}}}]},"envMap":{"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"$ref":"#/$defs/maybeSecret"},"description":"Environment variables: `NAME = \"value\"`, or `NAME = { value = \"...\", secret = true }` for a value that must never appear in clear in any output (values of names that look secret, such as TOKEN or PASSWORD, are masked too)."},"service":{"type":"object","required":["image"],"additionalProperties":false,"properties":{"image":{"type":"string","minLength":1,"description":"Image reference; pulled when missing, except `clnrm-fixture/NAME` images, which are built on this host (`bash scripts/build-fixtures.sh NAME`) and never pulled."},"args":{"$ref":"#/$defs/command","description":"Command of the container (replaces the image's CMD)."},"entrypoint":{"$ref":"#/$defs/command","description":"Entrypoint of the container."},"env":{"$ref":"#/$defs/envMap"},"ports":{"type":"array","items":{"type":"integer","minimum":1,"maximum":65535},"uniqueItems":true,"description":"Container ports the service listens on (reachable from the scenario network; not published on the host)."},"workdir":{"type":"string","minLength":1,"description":"Working directory in the container."},"user":{"type":"string","minLength":1,"description":"User (name or uid[:gid]) the container runs as."},"clock":{"enum":["advancing","frozen","real"],"description":"The wall clock this service's processes see when the suite sets `freeze_clock` (default: `[determinism] clock`); `real` leaves it alone."},"tmpfs":{"type":"object","additionalProperties":{"type":"string"},"description":"Mount points of tmpfs filesystems with their options, e.g. `{ \"/data\" = \"size=8m\" }`."},"capabilities":{"type":"array","items":{"type":"string","pattern":"^[A-Z_]+$"},"uniqueItems":true,"description":"Linux capabilities added to the engine's defaults, e.g. `[\"NET_ADMIN\"]`. Nothing else is added."},"privileged":{"type":"boolean","default":false,"description":"Run privileged. Never implied by anything else."},"limits":{"type":"object","additionalProperties":false,"description":"Resource limits (override `[limits]`).","properties":{"memory_mb":{"$ref":"#/$defs/memoryMb"},"cpu_millicores":{"$ref":"#/$defs/cpuMillicores"},"pids":{"type":"integer","minimum":1,"description":"Maximum number of processes."},"nofile":{"type":"integer","minimum":8,"maximum":1048576,"description":"Open-files limit (soft and hard `nofile` ulimit)."}}},"wait":{"type":"object","additionalProperties":false,"description":"Readiness: every condition given must hold before steps start.","properties":{"log":{"type":"string","minLength":1,"format":"regex","description":"Regular expression a log line must match."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port that must accept connections."},"command":{"$ref":"#/$defs/command","description":"Command run in the container that must exit 0."},"timeout_ms":{"$ref":"#/$defs/durationMs","default":30000,"description":"Time allowed to become ready."},"interval_ms":{"$ref":"#/$defs/durationMs","default":100,"description":"Polling interval for `port` and `command`."}}},"restart":{"enum":["no","on-failure","always"],"default":"no","description":"Restart policy the engine applies when the service's main process exits: `on-failure` after a non-zero exit (at most `restart_max_retries` times), `always` after any exit. A container the runner stops or kills through the engine (`kill_container`, `stop_container`) counts as stopped on purpose and is not restarted; `kill_process` of its main process is a crash. Restarts are recorded as `clnrm.service.restart` spans; check them with `[[scenario.expect.supervision]]`."},"restart_max_retries":{"type":"integer","minimum":1,"description":"With `restart = \"on-failure\"`: how many times the engine restarts the service before giving up (default: no limit)."},"depends_on":{"description":"Services that must be up before this one starts: a list of names (each must be `ready`: its `wait` conditions hold), or a table of name = `\"started\"` (its container runs) or `\"ready\"`. Services start in this order; a cycle is an error.","oneOf":[{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},{"type":"object","additionalProperties":{"enum":["started","ready"]}}]}}},"proxy":{"type":"object","required":["upstream"],"additionalProperties":false,"properties":{"listen":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the proxy listens on (host name: the proxy's name). Defaults to the upstream's port."},"upstream":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*:[0-9]{1,5}$","description":"`service:port` the proxy forwards to."}}},"retries":{"type":"object","additionalProperties":false,"required":["max"],"description":"Re-run a failed step.","properties":{"max":{"type":"integer","minimum":0,"maximum":100,"description":"Retries after the first attempt."},"backoff_ms":{"$ref":"#/$defs/durationMs","default":100,"description":"Wait before the first retry."},"factor":{"type":"number","minimum":1,"maximum":10,"default":2,"description":"Multiplier of the wait after each retry (exponential backoff)."},"max_backoff_ms":{"$ref":"#/$defs/durationMs","description":"Upper bound of a single wait."},"jitter":{"type":"number","minimum":0,"maximum":1,"default":0,"description":"Fraction of each wait drawn at random (from the seed) and added."}}},"timeoutStrategy":{"enum":["hard","graceful"],"default":"hard","description":"`hard`: SIGKILL at the deadline. `graceful`: SIGTERM, then SIGKILL after `grace_period_ms`."},"stepCommon":{"description":"Keys shared by a scenario's single `run` and by each of its `steps`.","type":"object","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service whose container the step runs in (exec)."},"image":{"type":"string","minLength":1,"description":"Run the step in a one-off container of this image instead of a service (present, pulled, or for `clnrm-fixture/NAME` built with `bash scripts/build-fixtures.sh NAME`)."},"env":{"$ref":"#/$defs/envMap"},"workdir":{"type":"string","minLength":1,"description":"Working directory of the step."},"timeout_ms":{"$ref":"#/$defs/durationMs","description":"The step is killed after this long. On a scenario with `run`, that single step's timeout, counted from the moment its process is observed running in the container; on a scenario with `steps`, the time allowed for all of them (scenario timeout), counted from the moment the first step's process is observed running."},"timeout_strategy":{"$ref":"#/$defs/timeoutStrategy"},"grace_period_ms":{"$ref":"#/$defs/durationMs","default":5000,"description":"Time between SIGTERM and SIGKILL for `graceful` timeouts."},"expect_exit_code":{"type":"integer","minimum":0,"maximum":255,"default":0,"description":"Exit code that counts as success."},"expected_output_regex":{"type":"string","format":"regex","description":"Regular expression stdout must match."},"continue_on_failure":{"type":"boolean","default":false,"description":"Run the following steps even when this one fails (the scenario still fails)."},"retries":{"$ref":"#/$defs/retries"}}},"step":{"type":"object","required":["name","run"],"unevaluatedProperties":false,"allOf":[{"$ref":"#/$defs/stepCommon"}],"properties":{"name":{"$ref":"#/$defs/identifier","description":"Step name (span `clnrm.step:<name>`)."},"run":{"$ref":"#/$defs/command"},"expect_failure":{"type":"boolean","default":false,"description":"The step passes only if it fails."}}},"scenario":{"type":"object","required":["name"],"unevaluatedProperties":false,"allOf":[{"$ref":"#/$defs/stepCommon"}],"properties":{"name":{"$ref":"#/$defs/identifier","description":"Scenario name (span `clnrm.scenario:<name>`); unique in the file."},"description":{"type":"string"},"hypothesis":{"type":"string","minLength":1,"description":"The game-day hypothesis this scenario tests (`[game_day]`), e.g. \"the api survives a restart with availability ≥ 50 %\"; its expectations and KPI bounds are the success criteria."},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true},"services":{"type":"array","items":{"$ref":"#/$defs/identifier"},"uniqueItems":true,"description":"Services started for this scenario (default: all of `[service.*]`)."},"run":{"$ref":"#/$defs/command","description":"A single step named after the scenario. Give `run` or `steps`, not both."},"steps":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/step"},"description":"Named steps run in order."},"deadline_ms":{"$ref":"#/$defs/durationMs","description":"Absolute deadline, counted from the moment the scenario's first step's process is observed running (service start-up is not counted); the running step is stopped there."},"expect_failure":{"type":"boolean","default":false,"description":"The scenario passes only if it fails (an unexpected success is a failure)."},"artifacts":{"type":"object","additionalProperties":false,"properties":{"collect":{"type":"array","items":{"enum":["logs","spans","inspect","spans:stdout"]},"uniqueItems":true,"description":"Artifacts written to the report directory."}}},"chaos_injection":{"$ref":"#/$defs/fault","description":"One fault (shorthand for a one-element `chaos`)."},"chaos":{"type":"array","items":{"$ref":"#/$defs/fault"},"description":"Faults injected during the scenario."},"expect":{"$ref":"#/$defs/expect","description":"Expectations checked against this scenario's span subtree."},"steady_state":{"$ref":"#/$defs/steadyState","description":"The steady-state hypothesis: probes that say the system is healthy, checked before the faults, sampled while they run, and required again after they are reverted (docs/experiments.md)."},"monkey":{"$ref":"#/$defs/monkey","description":"Monkey mode: faults drawn from the seed at every `interval_ms` over `duration_ms`, each tick firing with `probability`, of the given `types` on the given `targets`; the draws are planned like declared faults (docs/experiments.md#monkey)."}},"not":{"required":["run","steps"]}},"target":{"description":"A service name, a list of names, or `random(N, [a, b, c])` drawn from the seed.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"$ref":"#/$defs/identifier"},"uniqueItems":true}]},"fault":{"type":"object","required":["type"],"unevaluatedProperties":false,"properties":{"type":{"enum":["kill_container","stop_container","restart_container","pause_container","signal","kill_process","memory_pressure","cpu_throttle","disk_fill","fd_exhaustion","exit_code","timeout","syscall_error","slow_io","network_disconnect","partition","blackhole","reject","packet_loss","latency","bandwidth","slow_close","proxy_timeout","reset_peer","slicer","limit_data","http_error","http_slow","clock_skew","dns"],"description":"Fault kind (see the fault catalogue)."},"name":{"$ref":"#/$defs/identifier","description":"Label of the fault in spans and reports (default: its type)."},"target":{"$ref":"#/$defs/target"},"delay_ms":{"$ref":"#/$defs/durationMs","description":"Alias of `at_ms`."},"at_ms":{"$ref":"#/$defs/durationMs","description":"Inject this long after the anchor: 0 without `every_ms` or `step` applies the fault before the first step starts; otherwise it counts from the moment the first step's (or `step`'s) process is observed running (docs/chaos.md, Anchors)."},"duration_ms":{"$ref":"#/$defs/durationMs","description":"Revert the fault after this long (default: at scenario end)."},"every_ms":{"$ref":"#/$defs/durationMs","description":"Repeat the injection at this interval."},"count":{"type":"integer","minimum":1,"maximum":10000,"description":"Number of injections when repeating."},"probability":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Chance of each injection, drawn from the seed."},"step":{"$ref":"#/$defs/identifier","description":"Step the fault applies to (`exit_code`, `timeout`), or, for every other type, the step whose observed start `at_ms` counts from."}},"allOf":[{"if":{"properties":{"type":{"const":"kill_container"}}},"then":{"description":"sends `signal` (default SIGKILL) to the target container","x-clnrm-targets":"service","properties":{"signal":{"$ref":"#/$defs/signalName"}}}},{"if":{"properties":{"type":{"const":"stop_container"}}},"then":{"description":"stops the target (SIGTERM, then SIGKILL after `stop_timeout_ms`)","x-clnrm-targets":"service","properties":{"stop_timeout_ms":{"$ref":"#/$defs/durationMs","description":"Time between SIGTERM and SIGKILL."}}}},{"if":{"properties":{"type":{"const":"restart_container"}}},"then":{"description":"restarts the target","x-clnrm-targets":"service"}},{"if":{"properties":{"type":{"const":"pause_container"}}},"then":{"description":"freezes every process of the target; a step that runs in the target while it is paused waits for the unpause (`duration_ms`), or fails with reason `service_paused` naming the fault when the pause lasts until cleanup or a time limit comes first","x-clnrm-targets":"service"}},{"if":{"properties":{"type":{"const":"signal"}}},"then":{"description":"sends `signal` (default SIGTERM) to the target's main process","x-clnrm-targets":"service","properties":{"signal":{"$ref":"#/$defs/signalName"}}}},{"if":{"properties":{"type":{"const":"kill_process"}}},"then":{"description":"kills the processes named `process` inside the target (`signal`, default SIGKILL)","x-clnrm-targets":"service","required":["process"],"properties":{"process":{"type":"string","minLength":1,"description":"Process name to match inside the container."},"signal":{"$ref":"#/$defs/signalName"}}}},{"if":{"properties":{"type":{"const":"memory_pressure"}}},"then":{"description":"shrinks the target's live memory limit to `memory_mb` (default half its limit): reclaim, allocation failures or OOM kills follow","x-clnrm-targets":"service","properties":{"memory_mb":{"$ref":"#/$defs/memoryMb","description":"Live memory limit to shrink to (default: half of the service's limit)."}}}},{"if":{"properties":{"type":{"const":"cpu_throttle"}}},"then":{"description":"sets the target's live CPU quota to `cpu_percent` of one core","x-clnrm-targets":"service","required":["cpu_percent"],"properties":{"cpu_percent":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"CPU quota as a percentage of one core."}}}},{"if":{"properties":{"type":{"const":"disk_fill"}}},"then":{"description":"writes a file into `path` until the filesystem is full (ENOSPC), or `size_mb`","x-clnrm-targets":"service","required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Directory to fill."},"size_mb":{"type":"integer","minimum":1,"description":"Bytes to write in MiB (default: until the disk is full)."}}}},{"if":{"properties":{"type":{"const":"fd_exhaustion"}}},"then":{"description":"steps started in the target while the fault is active run with an open-files limit of `nofile` (default 16)","x-clnrm-targets":"service","properties":{"nofile":{"type":"integer","minimum":3,"description":"Open-files limit of the processes started in the target while the fault is active (default 16)."}}}},{"if":{"properties":{"type":{"const":"exit_code"}}},"then":{"description":"forces the step named `step` (or every step while active) to exit with `exit_code`","x-clnrm-targets":"step","required":["exit_code"],"properties":{"exit_code":{"type":"integer","minimum":1,"maximum":255,"description":"Code the step is forced to exit with."}}}},{"if":{"properties":{"type":{"const":"timeout"}}},"then":{"description":"stalls the step named `step` (or every step while active) so that its timeout fires","x-clnrm-targets":"step"}},{"if":{"properties":{"type":{"const":"syscall_error"}}},"then":{"description":"makes the chosen syscalls (`syscalls` by name, or `class`) of the steps run in the target (or of its processes named `process`) fail with `errno` at `rate_pct` % (every n-th call of each syscall in each process, from a call drawn from the seed)","x-clnrm-targets":"service","required":["errno"],"properties":{"syscalls":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]*$"},"description":"Syscalls by name (`write`, `openat`, `connect`, …)."},"class":{"enum":["file","desc","network","memory","process","signal","ipc","creds","clock"],"description":"strace's class of syscalls (`file`: those taking a file name, `network`, `memory`, …); with `syscalls`, both."},"rate_pct":{"type":"number","minimum":0,"maximum":100,"default":100,"description":"Share of matching calls affected: every round(100 / rate_pct)-th call of each syscall in each process, from a call drawn from the seed; 0 traces without affecting."},"process":{"type":"string","minLength":1,"description":"Name of the target's running processes to attach to (default: the steps run in the target while the fault is active)."},"errno":{"enum":["EIO","ENOSPC","EDQUOT","EROFS","ENETDOWN","ENETUNREACH","EHOSTUNREACH","ECONNREFUSED","ECONNRESET","ETIMEDOUT","ENOMEM","EINTR","EAGAIN","EACCES","EPERM","ENOENT","EBADF","EMFILE","ENFILE","EBUSY","EPIPE","EINVAL","EFAULT"],"description":"The error the calls return (`ENOSPC`: disk full, `EIO`: disk failure, `ENETDOWN`: network down, `ENOMEM`: allocation failure, `EINTR`/`EAGAIN`: spurious)."}}}},{"if":{"properties":{"type":{"const":"slow_io"}}},"then":{"description":"delays the chosen syscalls (default: read, write and fsync families) of the steps run in the target (or of its processes named `process`) by `call_delay_ms` at `rate_pct` %","x-clnrm-targets":"service","required":["call_delay_ms"],"properties":{"syscalls":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]*$"},"description":"Syscalls by name (`write`, `openat`, `connect`, …)."},"class":{"enum":["file","desc","network","memory","process","signal","ipc","creds","clock"],"description":"strace's class of syscalls (`file`: those taking a file name, `network`, `memory`, …); with `syscalls`, both."},"rate_pct":{"type":"number","minimum":0,"maximum":100,"default":100,"description":"Share of matching calls affected: every round(100 / rate_pct)-th call of each syscall in each process, from a call drawn from the seed; 0 traces without affecting."},"process":{"type":"string","minLength":1,"description":"Name of the target's running processes to attach to (default: the steps run in the target while the fault is active)."},"call_delay_ms":{"type":"integer","minimum":1,"maximum":60000,"description":"Added to each affected call (before it runs)."}}}},{"if":{"properties":{"type":{"const":"network_disconnect"}}},"then":{"description":"detaches the target from the scenario network","x-clnrm-targets":"service"}},{"if":{"properties":{"type":{"const":"partition"}}},"then":{"description":"drops traffic between `groups` of services, or between `isolate` and all others (split brain); `direction = \"one_way\"` drops only the first group's outgoing traffic; `partition.detected` records that the runner saw the cut from inside","x-clnrm-targets":"network","x-clnrm-references":{"groups":"service","isolate":"service"},"properties":{"groups":{"type":"array","minItems":2,"items":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/identifier"}},"description":"Groups of services that cannot reach each other."},"isolate":{"$ref":"#/$defs/identifier","description":"Cut one service off from all others (split brain)."},"direction":{"enum":["both","one_way"],"default":"both"}}}},{"if":{"properties":{"type":{"const":"blackhole"}}},"then":{"description":"silently drops traffic from the target to `host`:`port` (or, without host, to its `port`)","x-clnrm-targets":"service","properties":{"host":{"type":"string","minLength":1},"port":{"type":"integer","minimum":1,"maximum":65535}}}},{"if":{"properties":{"type":{"const":"reject"}}},"then":{"description":"refuses connections with a TCP reset (connection refused)","x-clnrm-targets":"service","properties":{"host":{"type":"string","minLength":1},"port":{"type":"integer","minimum":1,"maximum":65535}}}},{"if":{"properties":{"type":{"const":"packet_loss"}}},"then":{"description":"drops `percent` % of the target's packets","x-clnrm-targets":"service","required":["percent"],"properties":{"percent":{"type":"number","minimum":0,"maximum":100,"description":"Share of packets dropped."},"mode":{"enum":["random","nth"],"default":"random","description":"`nth` drops every n-th packet: fully deterministic."}}}},{"if":{"properties":{"type":{"const":"latency"}}},"then":{"description":"delays each chunk through the proxy by `latency_ms` ± `jitter_ms`","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","latency_ms"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"latency_ms":{"$ref":"#/$defs/durationMs","description":"Delay of each chunk."},"jitter_ms":{"$ref":"#/$defs/durationMs","description":"Random spread of the delay, drawn from the seed (default 0)."}}}},{"if":{"properties":{"type":{"const":"bandwidth"}}},"then":{"description":"limits the proxy to `rate_kbps` KB/s","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","rate_kbps"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"rate_kbps":{"type":"integer","minimum":1,"description":"Bandwidth in KB/s."}}}},{"if":{"properties":{"type":{"const":"slow_close"}}},"then":{"description":"delays closing connections through the proxy by `delay_close_ms`","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","delay_close_ms"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"delay_close_ms":{"$ref":"#/$defs/durationMs","description":"Delay before a connection is closed."}}}},{"if":{"properties":{"type":{"const":"proxy_timeout"}}},"then":{"description":"stops forwarding data and closes the connection after `timeout_close_ms` (0: never closes; data flows again when removed)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"timeout_close_ms":{"$ref":"#/$defs/durationMs","description":"Time until the connection is closed (default 0: never)."}}}},{"if":{"properties":{"type":{"const":"reset_peer"}}},"then":{"description":"resets connections (TCP RST) `timeout_close_ms` after their first data (default at once)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"timeout_close_ms":{"$ref":"#/$defs/durationMs","description":"Time after the first data until the reset (default 0: at once)."}}}},{"if":{"properties":{"type":{"const":"slicer"}}},"then":{"description":"slices data into chunks of `average_size` ± `size_variation` bytes, 1 ms apart","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","average_size"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"average_size":{"type":"integer","minimum":1,"description":"Average size of a chunk in bytes."},"size_variation":{"type":"integer","minimum":0,"description":"Random spread of the chunk size in bytes (default 0)."}}}},{"if":{"properties":{"type":{"const":"limit_data"}}},"then":{"description":"closes the connection once `bytes` bytes went through the proxy","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","bytes"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"bytes":{"type":"integer","minimum":0,"description":"Bytes let through before the connection is closed."}}}},{"if":{"properties":{"type":{"const":"http_error"}}},"then":{"description":"answers the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix` with `status`, without forwarding them (request i of the matching ones is chosen by the seeded draw for i)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` whose HTTP/1.x requests the fault acts on."},"method":{"type":"string","pattern":"^[A-Za-z]+$","description":"Only requests with this method (any when absent)."},"path_prefix":{"type":"string","pattern":"^/","description":"Only requests whose path starts with this (any when absent)."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of the matching requests acted on: request i (numbered in the order the proxy reads them) when the seeded draw for i is below it."},"status":{"type":"integer","minimum":100,"maximum":599,"default":503,"description":"The status of the answers."}}}},{"if":{"properties":{"type":{"const":"http_slow"}}},"then":{"description":"holds the response to the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix`: `response_delay_ms` longer, or `factor` times the upstream's own time to answer","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` whose HTTP/1.x requests the fault acts on."},"method":{"type":"string","pattern":"^[A-Za-z]+$","description":"Only requests with this method (any when absent)."},"path_prefix":{"type":"string","pattern":"^/","description":"Only requests whose path starts with this (any when absent)."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of the matching requests acted on: request i (numbered in the order the proxy reads them) when the seeded draw for i is below it."},"response_delay_ms":{"$ref":"#/$defs/durationMs","description":"Time added to each chosen response, from the moment the upstream answers."},"factor":{"type":"number","minimum":1,"description":"Instead of `response_delay_ms`: each chosen response takes this many times the upstream's time to answer (2: twice as slow)."}}}},{"if":{"properties":{"type":{"const":"clock_skew"}}},"then":{"description":"shifts the wall clock the target's processes see by `offset_ms` (libfaketime; monotonic clocks keep running true)","x-clnrm-targets":"service","required":["offset_ms"],"properties":{"offset_ms":{"type":"integer","description":"How far the clock is moved: positive into the future, negative into the past."}}}},{"if":{"properties":{"type":{"const":"dns"}}},"then":{"description":"lookups of `names` inside the target fail (`mode = \"fail\"`), hang (`\"hang\"`), at the share `rate` of their queries, or resolve to the service `to` (`\"redirect\"`)","x-clnrm-targets":"service","x-clnrm-references":{"to":"service"},"required":["names"],"properties":{"names":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$"},"description":"The names whose lookups are affected, exactly as programs ask for them (`api`, `db.internal`)."},"mode":{"enum":["fail","hang","redirect"],"default":"fail"},"to":{"$ref":"#/$defs/identifier","description":"redirect: the service the names resolve to."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"fail, hang: share of the DNS queries for the names caught, rounded to 1/20; which of every 20 queries is drawn from the seed."}}}},{"if":{"properties":{"type":{"const":"syscall_error"}}},"then":{"description":"A `syscall_error` fault with `syscalls` or `class`.","anyOf":[{"required":["syscalls"]},{"required":["class"]}]}}]},"signalName":{"enum":["SIGKILL","SIGTERM","SIGINT","SIGHUP","SIGUSR1","SIGUSR2","SIGQUIT","SIGSTOP","SIGCONT"],"description":"Signal name."},"attrLiteral":{"type":["string","number","boolean"],"description":"A literal attribute value, compared by type and value: a string matches only a string attribute, a boolean only a boolean, a number only an int or double of exactly that value (int64 compared with all 64 bits; write integers beyond 2^53 as plain TOML integers); `\"1\"` matches neither 1, 1.0, true nor [\"1\"], and an array attribute matches no literal."},"attrValue":{"description":"An attribute value: a literal (compared by type and value: a string matches only a string attribute, a boolean only a boolean, a number only an int or double of exactly that value (int64 compared with all 64 bits; write integers beyond 2^53 as plain TOML integers); `\"1\"` matches neither 1, 1.0, true nor [\"1\"], and an array attribute matches no literal), or a matcher table such as `{ gte = 200, lt = 300 }` whose every key must hold.","type":["string","number","boolean","object"],"additionalProperties":false,"minProperties":1,"properties":{"eq":{"$ref":"#/$defs/attrLiteral","description":"Equal, by type and value (as a literal)."},"ne":{"$ref":"#/$defs/attrLiteral","description":"Present and not equal by type and value."},"gt":{"type":"number","description":"Greater than; the attribute (or its string form) must be a number."},"gte":{"type":"number","description":"Greater than or equal; the attribute (or its string form) must be a number."},"lt":{"type":"number","description":"Less than; the attribute (or its string form) must be a number."},"lte":{"type":"number","description":"Less than or equal; the attribute (or its string form) must be a number."},"regex":{"type":"string","format":"regex","description":"JavaScript regular expression searched in the string form (not anchored: write `^...$` to match the whole value)."},"glob":{"type":"string","description":"The whole string form matches; `*` stands for any run of characters."},"in":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/attrLiteral"},"description":"Equal, by type and value, to one of these literals."},"exists":{"type":"boolean","description":"`true`: the attribute is present, with any value; `false`: it is absent. Every other key also requires the attribute to be present."}}},"attrMap":{"type":"object","additionalProperties":{"$ref":"#/$defs/attrValue"}},"countBound":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"eq":{"type":"integer","minimum":0},"gte":{"type":"integer","minimum":0},"lte":{"type":"integer","minimum":0}}},"countOrBound":{"oneOf":[{"type":"integer","minimum":0},{"$ref":"#/$defs/countBound"}],"description":"A count: an integer (exactly that many) or bounds `{ eq, gte, lte }`."},"spanNamePair":{"type":"array","minItems":2,"maxItems":2,"items":{"type":"string","minLength":1}},"expectSpan":{"type":"object","description":"Without `count`, at least one span with the name must exist and every span with that name must satisfy all the constraints. With `count`, the number of spans with that name that satisfy all the constraints must be within the bound. A scenario's `[[scenario.expect.span]]` sees the scenario's subtree; the file's `[[expect.span]]` sees the whole trace.","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}},"count":{"$ref":"#/$defs/countBound","description":"How many spans with the name must satisfy every constraint. Without `count`, every span with the name must satisfy them, and at least one must exist."}}},"expect":{"type":"object","additionalProperties":false,"properties":{"span":{"type":"array","items":{"$ref":"#/$defs/expectSpan"},"description":"Spans that must exist, with their parent, attributes, events, status and duration."},"graph":{"type":"object","additionalProperties":false,"properties":{"must_include":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[parent, child]` edges that must exist."},"must_not_cross":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]` pairs with no edge between them."},"acyclic":{"type":"boolean","description":"The span graph has no cycle."},"no_orphans":{"type":"boolean","description":"`true`: fails when a span of the system under test has a parent id that resolves to nothing in the scenario's trace (or no parent at all); such spans are otherwise only a `clnrm.orphan` warning. `false` checks nothing."}}},"counts":{"type":"object","additionalProperties":false,"properties":{"spans_total":{"$ref":"#/$defs/countBound"},"events_total":{"$ref":"#/$defs/countBound"},"errors_total":{"$ref":"#/$defs/countBound"},"by_name":{"type":"object","additionalProperties":{"$ref":"#/$defs/countBound"},"description":"Bounds per span name."}}},"window":{"type":"array","items":{"type":"object","required":["outer","contains"],"additionalProperties":false,"properties":{"outer":{"type":"string","minLength":1,"description":"Span whose time window must contain the others."},"contains":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Names of the spans that must each lie within the time window of some `outer` span."},"max_duration_ms":{"$ref":"#/$defs/durationMs","description":"Every `outer` span lasts at most this long (ms)."}}},"description":"Temporal containment."},"order":{"type":"object","additionalProperties":false,"properties":{"must_precede":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]`: a ends before b starts."},"must_follow":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]`: a starts after b ends."}}},"status":{"type":"object","additionalProperties":false,"properties":{"all":{"enum":["OK","ERROR","UNSET"],"description":"Status of every span."},"by_name":{"type":"object","additionalProperties":{"enum":["OK","ERROR","UNSET"]},"description":"Status per span name (`*` patterns allowed)."},"errors_allowed":{"type":"integer","minimum":0,"default":0,"description":"How many spans with status ERROR `all = \"OK\"` tolerates (needs `all = \"OK\"`)."}}},"hermeticity":{"type":"object","additionalProperties":false,"properties":{"no_container_leakage":{"type":"boolean","description":"No labelled container remains after cleanup (checked on the engine)."},"no_network_leakage":{"type":"boolean","description":"No labelled network remains."},"no_volume_leakage":{"type":"boolean","description":"No labelled volume remains."},"no_process_leakage":{"type":"boolean","description":"No process a step started (found by the container's process table before and after the step, so setsid'd and double-forked ones too) is alive 2 s after it ends; such processes are killed. See docs/expectations.md."},"no_external_services":{"type":"boolean","description":"No span of the system under test names a peer outside the scenario in any peer attribute of the OpenTelemetry conventions (hosts inside URLs, connection strings and arrays included); loopback, services, proxies and the scenario's containers are allowed. See docs/expectations.md."},"resource_attrs_must_match":{"$ref":"#/$defs/attrMap","description":"Resource attributes every span of the system under test must carry (at least one such span must exist); values are literals or matcher tables as in `attrs.all`."},"span_attrs_forbid_keys":{"type":"array","items":{"type":"string"},"description":"Attribute keys no span may carry."}}},"consistency":{"type":"object","additionalProperties":false,"required":["present_step","present_regex"],"properties":{"ack_steps":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Steps whose stdout reports the acknowledged operations, one line each matching `ack_regex` (give `ack_steps` and `ack_regex`, or `ack_span` and `key_attr`)."},"ack_regex":{"type":"string","format":"regex","description":"Regular expression tried on each stdout line of the `ack_steps`; a matching line is one acknowledged operation, its key the named group `key` (`(?<key>...)`)."},"ack_span":{"type":"string","minLength":1,"description":"Name of the spans of the system under test that acknowledge an operation: those with status OK, carrying the key in `key_attr`, credited to this scenario."},"key_attr":{"type":"string","minLength":1,"description":"Attribute of an `ack_span` span that holds the key."},"present_step":{"type":"string","minLength":1,"description":"The reader: a step after every ack step (and after the faults it must survive) whose stdout lists the items present, one line each matching `present_regex`. It must run and pass, or the check is an error."},"present_regex":{"type":"string","format":"regex","description":"Regular expression tried on each stdout line of `present_step`; the named group `key` is an item present."},"lost":{"$ref":"#/$defs/countOrBound","description":"How many acknowledged keys may be absent from the reader's listing (`lost = 0`: nothing lost)."},"duplicated":{"$ref":"#/$defs/countOrBound","description":"How many keys the reader may list more than once."},"unexpected":{"$ref":"#/$defs/countOrBound","description":"How many keys the reader may list that were never acknowledged."},"expect_failure":{"type":"boolean","default":false,"description":"The check passes only if a bound is violated (it proves the check catches a loss); a check that could not be judged stays an error."}},"description":"Nothing lost: acknowledged operations (writer steps' stdout or spans) against the items a reader step lists after recovery; counts of lost, duplicated and unexpected keys with bounds. Only in a scenario's `expect`."},"kpi":{"type":"object","additionalProperties":false,"properties":{"mttd_ms":{"$ref":"#/$defs/kpiBound","description":"Mean time to detect, in ms: fault applied → detection (`[scenario.steady_state] detect`: first probe sample that lost the steady state, or first ERROR span of the named kind)."},"mttr_ms":{"$ref":"#/$defs/kpiBound","description":"Mean time to recover, in ms: detection → first probe sample that restored the steady state."},"availability_pct":{"$ref":"#/$defs/kpiBound","description":"Healthy probe samples over all samples after the check before the faults, in %."},"recovery_rate_pct":{"$ref":"#/$defs/kpiBound","description":"Effective faults after which the steady state held again within `recover_within_ms`, in %."},"error_budget_used_pct":{"$ref":"#/$defs/kpiBound","description":"Failed requests over all requests (`[scenario.steady_state] error_budget`), in % of the budget; above 100 when the budget is overrun."}},"description":"Bounds on the experiment's KPIs, measured from the `[scenario.steady_state]` probe samples (docs/experiments.md). A KPI that was not measured fails its bound."},"supervision":{"type":"array","description":"Supervision: after each kill of `service` (an effective `kill_process`, `kill_container` or `stop_container` fault on it), the engine restarted it (its RestartCount rose) and it ran again, and was ready again when it has `wait`, within `back_within_ms`; and it restarted at most `max_restarts_per_minute` times in any minute. A service never killed makes the check an error, not a pass. Only in a scenario's `expect`.","items":{"type":"object","additionalProperties":false,"required":["service","back_within_ms"],"properties":{"service":{"type":"string","minLength":1,"description":"The supervised service (started by the scenario)."},"back_within_ms":{"$ref":"#/$defs/durationMs","description":"Longest time from the start of a kill to the service running (and ready) again under the engine's restart."},"max_restarts_per_minute":{"type":"integer","minimum":0,"description":"Most restarts by the engine in any 60 s of the scenario (a crash loop exceeds it)."}}}},"during":{"type":"array","description":"Span conditions scoped to fault windows: among the spans of the name that overlap (or lie within) the window of `fault` (or of `during_all` / `during_any`), every one satisfies the constraints and at least one exists, or `count` of them do. A fault that was never injected makes the check an error. Only in a scenario's `expect` (docs/expectations.md#fault-windows).","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"fault":{"$ref":"#/$defs/identifier","description":"The fault (by its `name`, default its type) whose window scopes the conditions: from the start of its injection to the end of its revert (docs/expectations.md#fault-windows)."},"during_all":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/identifier"},"description":"Faults whose windows all cover the same time: the conditions apply where they all were active at once."},"during_any":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/identifier"},"description":"Faults any of whose windows counts: the conditions apply wherever one of them was active."},"overlap":{"enum":["overlaps","contained"],"default":"overlaps","description":"Which spans are in scope: those sharing any instant with the window (`overlaps`), or those lying wholly within one stretch of it (`contained`)."},"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}},"count":{"$ref":"#/$defs/countBound","description":"How many spans in the window with the name must satisfy every constraint. Without `count`, every span in the window with the name must satisfy them, and at least one must exist."}}}},"after":{"type":"array","description":"Recovery after a fault window closed: the first span of the name that starts after the window and satisfies the constraints starts within `within_ms`, and no span of the name starting after it misses them. A fault that was never injected makes the check an error. Only in a scenario's `expect` (docs/expectations.md#fault-windows).","items":{"type":"object","additionalProperties":false,"required":["fault","within_ms","name"],"properties":{"fault":{"$ref":"#/$defs/identifier","description":"The fault (by its `name`, default its type) whose window must have closed: the end of its revert, or of the last of its injections."},"within_ms":{"$ref":"#/$defs/durationMs","description":"The first span with the name that starts after the window closed and satisfies the constraints starts at most this long after it."},"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}}}}}}},"steadyState":{"type":"object","additionalProperties":false,"required":["probe"],"properties":{"recover_within_ms":{"type":"integer","minimum":0,"maximum":86400000,"default":30000,"description":"Once every fault is reverted, each probe must answer healthy within this long, else the scenario fails (`not_recovered`)."},"probe":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/probe"},"description":"Probes, each sampled every `interval_ms`."},"detect":{"oneOf":[{"oneOf":[{"const":"probes","description":"A probe sample that loses the steady state."},{"type":"object","required":["span"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of spans of the system under test (`*` globs): the first ERROR one that ends after the fault was applied."}}}]},{"type":"array","minItems":1,"maxItems":2,"uniqueItems":true,"items":{"oneOf":[{"const":"probes","description":"A probe sample that loses the steady state."},{"type":"object","required":["span"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of spans of the system under test (`*` globs): the first ERROR one that ends after the fault was applied."}}}]}}],"default":"probes","description":"What detects a fault for MTTD: `\"probes\"` (a lost steady state), `{ span = \"NAME\" }` (the first ERROR span of the system under test with that name after the fault), or both as a list, whichever comes first."},"error_budget":{"type":"object","required":["span","budget_pct"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of the spans of the system under test that are its requests (`*` globs); ERROR ones failed."},"budget_pct":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"The share of requests allowed to fail, in %."}},"description":"Error-budget use (KPI `error_budget_used_pct`): failed requests over all requests of the scenario, in % of `budget_pct`."}}},"probe":{"type":"object","required":["name","type"],"unevaluatedProperties":false,"properties":{"name":{"$ref":"#/$defs/identifier","description":"Name of the probe in spans (`probe.name`) and reports; unique in the scenario."},"type":{"enum":["exec","tcp","http","span"],"description":"Probe kind (see docs/experiments.md)."},"interval_ms":{"type":"integer","minimum":50,"maximum":600000,"default":500,"description":"Time between the starts of two samples."},"timeout_ms":{"type":"integer","minimum":10,"maximum":600000,"default":1000,"description":"A sample that takes longer fails."},"tolerance":{"type":"object","additionalProperties":false,"required":["failures"],"properties":{"failures":{"type":"integer","minimum":0,"maximum":1000,"description":"Consecutive failed samples tolerated: the steady state counts as lost at the next one (and before the faults, the probe gets this many extra samples to answer healthy)."}},"description":"How many failed samples in a row the probe tolerates (default 0)."}},"allOf":[{"if":{"properties":{"type":{"const":"exec"}}},"then":{"description":"runs `command` in `service`; healthy when it exits 0 and, with `output_regex`, its output matches","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service the command runs in."},"command":{"$ref":"#/$defs/command","description":"Command run in the service (a string runs with `sh -c`)."},"output_regex":{"type":"string","format":"regex","minLength":1,"description":"JavaScript regular expression the output (stdout and stderr) must match."}}}},{"if":{"properties":{"type":{"const":"tcp"}}},"then":{"description":"connects to `service`:`port` from a probe container on the scenario network; healthy when the connection is accepted","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service (its name on the scenario network) to connect to."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port."}}}},{"if":{"properties":{"type":{"const":"http"}}},"then":{"description":"sends `GET path` to `service`:`port` from a probe container on the scenario network; healthy when the answer has status `status`","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service (its name on the scenario network) to send the request to."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the HTTP server."},"path":{"type":"string","pattern":"^/","default":"/","description":"Request path."},"status":{"type":"integer","minimum":100,"maximum":599,"default":200,"description":"The status a healthy answer has."}}}},{"if":{"properties":{"type":{"const":"span"}}},"then":{"description":"reads the spans of the system under test named `span_name` received in the last `window_ms`; healthy when at least `min_spans` arrived and at most `max_error_pct` % of them are ERROR","properties":{"span_name":{"type":"string","minLength":1,"description":"Span name of the system under test (`*` stands for any run of characters)."},"window_ms":{"type":"integer","minimum":100,"maximum":3600000,"description":"The sliding window: spans received this long before the sample, on the runner's clock."},"max_error_pct":{"type":"number","minimum":0,"maximum":100,"default":0,"description":"Highest share of ERROR spans in the window, in %, that is still healthy."},"min_spans":{"type":"integer","minimum":1,"maximum":1000000,"default":1,"description":"Fewest spans the window must hold: fewer is not healthy."}}}},{"if":{"properties":{"type":{"const":"exec"}}},"then":{"required":["service","command"]}},{"if":{"properties":{"type":{"const":"tcp"}}},"then":{"required":["service","port"]}},{"if":{"properties":{"type":{"const":"http"}}},"then":{"required":["service","port"]}},{"if":{"properties":{"type":{"const":"span"}}},"then":{"required":["span_name","window_ms"]}}]},"kpiBound":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}},"description":"`min` ≤ value ≤ `max`."},"monkey":{"type":"object","additionalProperties":false,"required":["duration_ms","probability","types"],"properties":{"duration_ms":{"type":"integer","minimum":1,"maximum":86400000,"description":"How long the monkey draws, counted from the moment the scenario's first step's process is observed running: ticks at `interval_ms`, 2 × `interval_ms`, … up to `duration_ms`."},"interval_ms":{"type":"integer","minimum":1,"maximum":86400000,"default":1000,"description":"Time between two ticks; at each tick one fault fires with `probability`."},"probability":{"type":"number","minimum":0,"maximum":1,"description":"Chance that a tick fires a fault, drawn from the seed."},"types":{"type":"array","items":{"$ref":"#/$defs/fault/properties/type"},"uniqueItems":true,"description":"Fault types the monkey draws from (faults that act on a service); a type with required parameters needs them in `fault.<type>`."},"targets":{"type":"array","items":{"$ref":"#/$defs/identifier"},"uniqueItems":true,"description":"Services the monkey draws from (default: the scenario's services)."},"fault":{"type":"object","propertyNames":{"$ref":"#/$defs/fault/properties/type"},"additionalProperties":{"type":"object","description":"`duration_ms` of each injected fault of this type and the type's own parameters (checked as a fault of that type)."},"description":"Per fault type: `duration_ms` and parameters of every fault of that type the monkey injects, e.g. `fault.stop_container = { duration_ms = 1500, stop_timeout_ms = 1000 }`."}}}}};
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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern8.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema42.propertyNames,data:key0,propertyName:key0};
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
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema42.propertyNames,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
const _errs5 = errors;
let valid3 = false;
let passing0 = null;
const _errs6 = errors;
if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/0/type",keyword:"type",params:{type: schema34.oneOf[0].type},message:"must be string,number,boolean",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data0};
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
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.value === undefined){
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/1/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema34.oneOf[1].required,parentSchema:schema34.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.secret === undefined){
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/1/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema34.oneOf[1].required,parentSchema:schema34.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key2 in data0){
if(!((key2 === "value") || (key2 === "secret"))){
const err5 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.value !== undefined){
let data1 = data0.value;
if(((typeof data1 !== "string") && (!(typeof data1 == "number"))) && (typeof data1 !== "boolean")){
const err6 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/$defs/maybeSecret/oneOf/1/properties/value/type",keyword:"type",params:{type: schema34.oneOf[1].properties.value.type},message:"must be string,number,boolean",schema:schema34.oneOf[1].properties.value.type,parentSchema:schema34.oneOf[1].properties.value,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.secret !== undefined){
let data2 = data0.secret;
if(typeof data2 !== "boolean"){
const err7 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/$defs/maybeSecret/oneOf/1/properties/secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.oneOf[1].properties.secret.type,parentSchema:schema34.oneOf[1].properties.secret,data:data2};
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
else {
const err8 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
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
const err9 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
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
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.image === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema39.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.image !== undefined){
let data0 = data.image;
if(typeof data0 === "string"){
if((data0.length < 2 && func2(data0) < 1)){
const err2 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.image,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.image.type,parentSchema:schema39.properties.image,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.args !== undefined){
let data1 = data.args;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if((data1.length < 2 && func2(data1) < 1)){
const err4 = {instancePath:instancePath+"/args",schemaPath:"#/$defs/command/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/args",schemaPath:"#/$defs/command/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[0].type,parentSchema:schema40.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/args",schemaPath:"#/$defs/command/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/$defs/command/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[1].items.type,parentSchema:schema40.oneOf[1].items,data:data2};
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
else {
const err8 = {instancePath:instancePath+"/args",schemaPath:"#/$defs/command/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.oneOf[1].type,parentSchema:schema40.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
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
const err9 = {instancePath:instancePath+"/args",schemaPath:"#/$defs/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema40.oneOf,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
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
}
if(data.entrypoint !== undefined){
let data3 = data.entrypoint;
const _errs15 = errors;
let valid6 = false;
let passing1 = null;
const _errs16 = errors;
if(typeof data3 === "string"){
if((data3.length < 2 && func2(data3) < 1)){
const err10 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/$defs/command/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/$defs/command/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[0].type,parentSchema:schema40.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs18 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err12 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/$defs/command/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/entrypoint/" + i1,schemaPath:"#/$defs/command/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[1].items.type,parentSchema:schema40.oneOf[1].items,data:data4};
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
else {
const err14 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/$defs/command/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.oneOf[1].type,parentSchema:schema40.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs18 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err15 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/$defs/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema40.oneOf,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
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
}
if(data.env !== undefined){
if(!(validate22(data.env, {instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.ports !== undefined){
let data6 = data.ports;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err16 = {instancePath:instancePath+"/ports/" + i2,schemaPath:"#/properties/ports/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.ports.items.type,parentSchema:schema39.properties.ports.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 65535 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/ports/" + i2,schemaPath:"#/properties/ports/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema39.properties.ports.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/ports/" + i2,schemaPath:"#/properties/ports/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.ports.items,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
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
const err19 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema39.properties.ports,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err20 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.ports.type,parentSchema:schema39.properties.ports,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.workdir !== undefined){
let data8 = data.workdir;
if(typeof data8 === "string"){
if((data8.length < 2 && func2(data8) < 1)){
const err21 = {instancePath:instancePath+"/workdir",schemaPath:"#/properties/workdir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.workdir,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/workdir",schemaPath:"#/properties/workdir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workdir.type,parentSchema:schema39.properties.workdir,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.user !== undefined){
let data9 = data.user;
if(typeof data9 === "string"){
if((data9.length < 2 && func2(data9) < 1)){
const err23 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.user,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.user.type,parentSchema:schema39.properties.user,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.clock !== undefined){
let data10 = data.clock;
if(!(((data10 === "advancing") || (data10 === "frozen")) || (data10 === "real"))){
const err25 = {instancePath:instancePath+"/clock",schemaPath:"#/properties/clock/enum",keyword:"enum",params:{allowedValues: schema39.properties.clock.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.clock.enum,parentSchema:schema39.properties.clock,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.tmpfs !== undefined){
let data11 = data.tmpfs;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key1 in data11){
let data12 = data11[key1];
if(typeof data12 !== "string"){
const err26 = {instancePath:instancePath+"/tmpfs/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tmpfs/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.tmpfs.additionalProperties.type,parentSchema:schema39.properties.tmpfs.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.tmpfs.type,parentSchema:schema39.properties.tmpfs,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.capabilities !== undefined){
let data13 = data.capabilities;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i4=0; i4<len3; i4++){
let data14 = data13[i4];
if(typeof data14 === "string"){
if(!pattern9.test(data14)){
const err28 = {instancePath:instancePath+"/capabilities/" + i4,schemaPath:"#/properties/capabilities/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z_]+$"},message:"must match pattern \""+"^[A-Z_]+$"+"\"",schema:"^[A-Z_]+$",parentSchema:schema39.properties.capabilities.items,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/capabilities/" + i4,schemaPath:"#/properties/capabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.capabilities.items.type,parentSchema:schema39.properties.capabilities.items,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
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
const err30 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema39.properties.capabilities,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err31 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.capabilities.type,parentSchema:schema39.properties.capabilities,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.privileged !== undefined){
let data15 = data.privileged;
if(typeof data15 !== "boolean"){
const err32 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.privileged.type,parentSchema:schema39.properties.privileged,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.limits !== undefined){
let data16 = data.limits;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key2 in data16){
if(!((((key2 === "memory_mb") || (key2 === "cpu_millicores")) || (key2 === "pids")) || (key2 === "nofile"))){
const err33 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.limits,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data16.memory_mb !== undefined){
let data17 = data16.memory_mb;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err34 = {instancePath:instancePath+"/limits/memory_mb",schemaPath:"#/$defs/memoryMb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 1048576 || isNaN(data17)){
const err35 = {instancePath:instancePath+"/limits/memory_mb",schemaPath:"#/$defs/memoryMb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576",schema:1048576,parentSchema:schema36,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data17 < 6 || isNaN(data17)){
const err36 = {instancePath:instancePath+"/limits/memory_mb",schemaPath:"#/$defs/memoryMb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6},message:"must be >= 6",schema:6,parentSchema:schema36,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data16.cpu_millicores !== undefined){
let data18 = data16.cpu_millicores;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err37 = {instancePath:instancePath+"/limits/cpu_millicores",schemaPath:"#/$defs/cpuMillicores/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 > 1024000 || isNaN(data18)){
const err38 = {instancePath:instancePath+"/limits/cpu_millicores",schemaPath:"#/$defs/cpuMillicores/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024000},message:"must be <= 1024000",schema:1024000,parentSchema:schema35,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err39 = {instancePath:instancePath+"/limits/cpu_millicores",schemaPath:"#/$defs/cpuMillicores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema35,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data16.pids !== undefined){
let data19 = data16.pids;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err40 = {instancePath:instancePath+"/limits/pids",schemaPath:"#/properties/limits/properties/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.limits.properties.pids.type,parentSchema:schema39.properties.limits.properties.pids,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 < 1 || isNaN(data19)){
const err41 = {instancePath:instancePath+"/limits/pids",schemaPath:"#/properties/limits/properties/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.limits.properties.pids,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data16.nofile !== undefined){
let data20 = data16.nofile;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
const err42 = {instancePath:instancePath+"/limits/nofile",schemaPath:"#/properties/limits/properties/nofile/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.limits.properties.nofile.type,parentSchema:schema39.properties.limits.properties.nofile,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(typeof data20 == "number"){
if(data20 > 1048576 || isNaN(data20)){
const err43 = {instancePath:instancePath+"/limits/nofile",schemaPath:"#/properties/limits/properties/nofile/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576",schema:1048576,parentSchema:schema39.properties.limits.properties.nofile,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data20 < 8 || isNaN(data20)){
const err44 = {instancePath:instancePath+"/limits/nofile",schemaPath:"#/properties/limits/properties/nofile/minimum",keyword:"minimum",params:{comparison: ">=", limit: 8},message:"must be >= 8",schema:8,parentSchema:schema39.properties.limits.properties.nofile,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.limits.type,parentSchema:schema39.properties.limits,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.wait !== undefined){
let data21 = data.wait;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key3 in data21){
if(!(((((key3 === "log") || (key3 === "port")) || (key3 === "command")) || (key3 === "timeout_ms")) || (key3 === "interval_ms"))){
const err46 = {instancePath:instancePath+"/wait",schemaPath:"#/properties/wait/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.wait,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data21.log !== undefined){
let data22 = data21.log;
if(typeof data22 === "string"){
if((data22.length < 2 && func2(data22) < 1)){
const err47 = {instancePath:instancePath+"/wait/log",schemaPath:"#/properties/wait/properties/log/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.wait.properties.log,data:data22};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(formats4(data22))){
const err48 = {instancePath:instancePath+"/wait/log",schemaPath:"#/properties/wait/properties/log/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\"",schema:"regex",parentSchema:schema39.properties.wait.properties.log,data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/wait/log",schemaPath:"#/properties/wait/properties/log/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.wait.properties.log.type,parentSchema:schema39.properties.wait.properties.log,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data21.port !== undefined){
let data23 = data21.port;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
const err50 = {instancePath:instancePath+"/wait/port",schemaPath:"#/properties/wait/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.wait.properties.port.type,parentSchema:schema39.properties.wait.properties.port,data:data23};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(typeof data23 == "number"){
if(data23 > 65535 || isNaN(data23)){
const err51 = {instancePath:instancePath+"/wait/port",schemaPath:"#/properties/wait/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema39.properties.wait.properties.port,data:data23};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data23 < 1 || isNaN(data23)){
const err52 = {instancePath:instancePath+"/wait/port",schemaPath:"#/properties/wait/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.wait.properties.port,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data21.command !== undefined){
let data24 = data21.command;
const _errs65 = errors;
let valid21 = false;
let passing2 = null;
const _errs66 = errors;
if(typeof data24 === "string"){
if((data24.length < 2 && func2(data24) < 1)){
const err53 = {instancePath:instancePath+"/wait/command",schemaPath:"#/$defs/command/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.oneOf[0],data:data24};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/wait/command",schemaPath:"#/$defs/command/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[0].type,parentSchema:schema40.oneOf[0],data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid2 = _errs66 === errors;
if(_valid2){
valid21 = true;
passing2 = 0;
}
const _errs68 = errors;
if(Array.isArray(data24)){
if(data24.length < 1){
const err55 = {instancePath:instancePath+"/wait/command",schemaPath:"#/$defs/command/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.oneOf[1],data:data24};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const len4 = data24.length;
for(let i6=0; i6<len4; i6++){
let data25 = data24[i6];
if(typeof data25 !== "string"){
const err56 = {instancePath:instancePath+"/wait/command/" + i6,schemaPath:"#/$defs/command/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[1].items.type,parentSchema:schema40.oneOf[1].items,data:data25};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/wait/command",schemaPath:"#/$defs/command/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.oneOf[1].type,parentSchema:schema40.oneOf[1],data:data24};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid2 = _errs68 === errors;
if(_valid2 && valid21){
valid21 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid21 = true;
passing2 = 1;
}
}
if(!valid21){
const err58 = {instancePath:instancePath+"/wait/command",schemaPath:"#/$defs/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema40.oneOf,parentSchema:schema40,data:data24};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
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
}
if(data21.timeout_ms !== undefined){
let data26 = data21.timeout_ms;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err59 = {instancePath:instancePath+"/wait/timeout_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data26};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(typeof data26 == "number"){
if(data26 > 86400000 || isNaN(data26)){
const err60 = {instancePath:instancePath+"/wait/timeout_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data26 < 0 || isNaN(data26)){
const err61 = {instancePath:instancePath+"/wait/timeout_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data26};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data21.interval_ms !== undefined){
let data27 = data21.interval_ms;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err62 = {instancePath:instancePath+"/wait/interval_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data27};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(typeof data27 == "number"){
if(data27 > 86400000 || isNaN(data27)){
const err63 = {instancePath:instancePath+"/wait/interval_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data27};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err64 = {instancePath:instancePath+"/wait/interval_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data27};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/wait",schemaPath:"#/properties/wait/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.wait.type,parentSchema:schema39.properties.wait,data:data21};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.restart !== undefined){
let data28 = data.restart;
if(!(((data28 === "no") || (data28 === "on-failure")) || (data28 === "always"))){
const err66 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/enum",keyword:"enum",params:{allowedValues: schema39.properties.restart.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.restart.enum,parentSchema:schema39.properties.restart,data:data28};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.restart_max_retries !== undefined){
let data29 = data.restart_max_retries;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err67 = {instancePath:instancePath+"/restart_max_retries",schemaPath:"#/properties/restart_max_retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.restart_max_retries.type,parentSchema:schema39.properties.restart_max_retries,data:data29};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 < 1 || isNaN(data29)){
const err68 = {instancePath:instancePath+"/restart_max_retries",schemaPath:"#/properties/restart_max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.restart_max_retries,data:data29};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data.depends_on !== undefined){
let data30 = data.depends_on;
const _errs82 = errors;
let valid26 = false;
let passing3 = null;
const _errs83 = errors;
if(Array.isArray(data30)){
const len5 = data30.length;
for(let i7=0; i7<len5; i7++){
let data31 = data30[i7];
if(typeof data31 === "string"){
if((data31.length < 2 && func2(data31) < 1)){
const err69 = {instancePath:instancePath+"/depends_on/" + i7,schemaPath:"#/properties/depends_on/oneOf/0/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.depends_on.oneOf[0].items,data:data31};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/depends_on/" + i7,schemaPath:"#/properties/depends_on/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.depends_on.oneOf[0].items.type,parentSchema:schema39.properties.depends_on.oneOf[0].items,data:data31};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
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
const err71 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/0/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)",schema:true,parentSchema:schema39.properties.depends_on.oneOf[0],data:data30};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
break;
}
indices2[item2] = i8;
}
}
}
else {
const err72 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.depends_on.oneOf[0].type,parentSchema:schema39.properties.depends_on.oneOf[0],data:data30};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid3 = _errs83 === errors;
if(_valid3){
valid26 = true;
passing3 = 0;
}
const _errs87 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key4 in data30){
let data32 = data30[key4];
if(!((data32 === "started") || (data32 === "ready"))){
const err73 = {instancePath:instancePath+"/depends_on/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema39.properties.depends_on.oneOf[1].additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.depends_on.oneOf[1].additionalProperties.enum,parentSchema:schema39.properties.depends_on.oneOf[1].additionalProperties,data:data32};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.depends_on.oneOf[1].type,parentSchema:schema39.properties.depends_on.oneOf[1],data:data30};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid3 = _errs87 === errors;
if(_valid3 && valid26){
valid26 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid26 = true;
passing3 = 1;
}
}
if(!valid26){
const err75 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema39.properties.depends_on.oneOf,parentSchema:schema39.properties.depends_on,data:data30};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
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
}
}
else {
const err76 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"type":"object","required":["name"],"unevaluatedProperties":false,"allOf":[{"$ref":"#/$defs/stepCommon"}],"properties":{"name":{"$ref":"#/$defs/identifier","description":"Scenario name (span `clnrm.scenario:<name>`); unique in the file."},"description":{"type":"string"},"hypothesis":{"type":"string","minLength":1,"description":"The game-day hypothesis this scenario tests (`[game_day]`), e.g. \"the api survives a restart with availability ≥ 50 %\"; its expectations and KPI bounds are the success criteria."},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true},"services":{"type":"array","items":{"$ref":"#/$defs/identifier"},"uniqueItems":true,"description":"Services started for this scenario (default: all of `[service.*]`)."},"run":{"$ref":"#/$defs/command","description":"A single step named after the scenario. Give `run` or `steps`, not both."},"steps":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/step"},"description":"Named steps run in order."},"deadline_ms":{"$ref":"#/$defs/durationMs","description":"Absolute deadline, counted from the moment the scenario's first step's process is observed running (service start-up is not counted); the running step is stopped there."},"expect_failure":{"type":"boolean","default":false,"description":"The scenario passes only if it fails (an unexpected success is a failure)."},"artifacts":{"type":"object","additionalProperties":false,"properties":{"collect":{"type":"array","items":{"enum":["logs","spans","inspect","spans:stdout"]},"uniqueItems":true,"description":"Artifacts written to the report directory."}}},"chaos_injection":{"$ref":"#/$defs/fault","description":"One fault (shorthand for a one-element `chaos`)."},"chaos":{"type":"array","items":{"$ref":"#/$defs/fault"},"description":"Faults injected during the scenario."},"expect":{"$ref":"#/$defs/expect","description":"Expectations checked against this scenario's span subtree."},"steady_state":{"$ref":"#/$defs/steadyState","description":"The steady-state hypothesis: probes that say the system is healthy, checked before the faults, sampled while they run, and required again after they are reverted (docs/experiments.md)."},"monkey":{"$ref":"#/$defs/monkey","description":"Monkey mode: faults drawn from the seed at every `interval_ms` over `duration_ms`, each tick firing with `probability`, of the given `types` on the given `targets`; the draws are planned like declared faults (docs/experiments.md#monkey)."}},"not":{"required":["run","steps"]}};
const schema52 = {"description":"Keys shared by a scenario's single `run` and by each of its `steps`.","type":"object","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service whose container the step runs in (exec)."},"image":{"type":"string","minLength":1,"description":"Run the step in a one-off container of this image instead of a service (present, pulled, or for `clnrm-fixture/NAME` built with `bash scripts/build-fixtures.sh NAME`)."},"env":{"$ref":"#/$defs/envMap"},"workdir":{"type":"string","minLength":1,"description":"Working directory of the step."},"timeout_ms":{"$ref":"#/$defs/durationMs","description":"The step is killed after this long. On a scenario with `run`, that single step's timeout, counted from the moment its process is observed running in the container; on a scenario with `steps`, the time allowed for all of them (scenario timeout), counted from the moment the first step's process is observed running."},"timeout_strategy":{"$ref":"#/$defs/timeoutStrategy"},"grace_period_ms":{"$ref":"#/$defs/durationMs","default":5000,"description":"Time between SIGTERM and SIGKILL for `graceful` timeouts."},"expect_exit_code":{"type":"integer","minimum":0,"maximum":255,"default":0,"description":"Exit code that counts as success."},"expected_output_regex":{"type":"string","format":"regex","description":"Regular expression stdout must match."},"continue_on_failure":{"type":"boolean","default":false,"description":"Run the following steps even when this one fails (the scenario still fails)."},"retries":{"$ref":"#/$defs/retries"}}};
const schema55 = {"enum":["hard","graceful"],"default":"hard","description":"`hard`: SIGKILL at the deadline. `graceful`: SIGTERM, then SIGKILL after `grace_period_ms`."};
const schema57 = {"type":"object","additionalProperties":false,"required":["max"],"description":"Re-run a failed step.","properties":{"max":{"type":"integer","minimum":0,"maximum":100,"description":"Retries after the first attempt."},"backoff_ms":{"$ref":"#/$defs/durationMs","default":100,"description":"Wait before the first retry."},"factor":{"type":"number","minimum":1,"maximum":10,"default":2,"description":"Multiplier of the wait after each retry (exponential backoff)."},"max_backoff_ms":{"$ref":"#/$defs/durationMs","description":"Upper bound of a single wait."},"jitter":{"type":"number","minimum":0,"maximum":1,"default":0,"description":"Fraction of each wait drawn at random (from the seed) and added."}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.max === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "max") || (key0 === "backoff_ms")) || (key0 === "factor")) || (key0 === "max_backoff_ms")) || (key0 === "jitter"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.max !== undefined){
let data0 = data.max;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.max.type,parentSchema:schema57.properties.max,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 100 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema57.properties.max,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.max,data:data0};
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
if(data.backoff_ms !== undefined){
let data1 = data.backoff_ms;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err5 = {instancePath:instancePath+"/backoff_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 86400000 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/backoff_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/backoff_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data1};
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
if(data.factor !== undefined){
let data2 = data.factor;
if(typeof data2 == "number"){
if(data2 > 10 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/factor",schemaPath:"#/properties/factor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema57.properties.factor,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/factor",schemaPath:"#/properties/factor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.factor,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/factor",schemaPath:"#/properties/factor/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.properties.factor.type,parentSchema:schema57.properties.factor,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.max_backoff_ms !== undefined){
let data3 = data.max_backoff_ms;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err11 = {instancePath:instancePath+"/max_backoff_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 86400000 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/max_backoff_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/max_backoff_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data3};
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
if(data.jitter !== undefined){
let data4 = data.jitter;
if(typeof data4 == "number"){
if(data4 > 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/jitter",schemaPath:"#/properties/jitter/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema57.properties.jitter,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/jitter",schemaPath:"#/properties/jitter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.jitter,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/jitter",schemaPath:"#/properties/jitter/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.properties.jitter.type,parentSchema:schema57.properties.jitter,data:data4};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service !== undefined){
let data0 = data.service;
if(typeof data0 === "string"){
if((data0.length > 128 && func2(data0) > 128)){
const err0 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern4.test(data0)){
const err1 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data0};
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
const err2 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.image !== undefined){
let data1 = data.image;
if(typeof data1 === "string"){
if((data1.length < 2 && func2(data1) < 1)){
const err3 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.image,data:data1};
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
const err4 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.image.type,parentSchema:schema52.properties.image,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.env !== undefined){
if(!(validate22(data.env, {instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.workdir !== undefined){
let data3 = data.workdir;
if(typeof data3 === "string"){
if((data3.length < 2 && func2(data3) < 1)){
const err5 = {instancePath:instancePath+"/workdir",schemaPath:"#/properties/workdir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.workdir,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/workdir",schemaPath:"#/properties/workdir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.workdir.type,parentSchema:schema52.properties.workdir,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.timeout_ms !== undefined){
let data4 = data.timeout_ms;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err7 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 86400000 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data4};
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
if(data.timeout_strategy !== undefined){
let data5 = data.timeout_strategy;
if(!((data5 === "hard") || (data5 === "graceful"))){
const err10 = {instancePath:instancePath+"/timeout_strategy",schemaPath:"#/$defs/timeoutStrategy/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.grace_period_ms !== undefined){
let data6 = data.grace_period_ms;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err11 = {instancePath:instancePath+"/grace_period_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 86400000 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/grace_period_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/grace_period_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data6};
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
if(data.expect_exit_code !== undefined){
let data7 = data.expect_exit_code;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err14 = {instancePath:instancePath+"/expect_exit_code",schemaPath:"#/properties/expect_exit_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.expect_exit_code.type,parentSchema:schema52.properties.expect_exit_code,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 255 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/expect_exit_code",schemaPath:"#/properties/expect_exit_code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255",schema:255,parentSchema:schema52.properties.expect_exit_code,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/expect_exit_code",schemaPath:"#/properties/expect_exit_code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.expect_exit_code,data:data7};
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
if(data.expected_output_regex !== undefined){
let data8 = data.expected_output_regex;
if(typeof data8 === "string"){
if(!(formats4(data8))){
const err17 = {instancePath:instancePath+"/expected_output_regex",schemaPath:"#/properties/expected_output_regex/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\"",schema:"regex",parentSchema:schema52.properties.expected_output_regex,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/expected_output_regex",schemaPath:"#/properties/expected_output_regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.expected_output_regex.type,parentSchema:schema52.properties.expected_output_regex,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.continue_on_failure !== undefined){
let data9 = data.continue_on_failure;
if(typeof data9 !== "boolean"){
const err19 = {instancePath:instancePath+"/continue_on_failure",schemaPath:"#/properties/continue_on_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.continue_on_failure.type,parentSchema:schema52.properties.continue_on_failure,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.retries !== undefined){
if(!(validate28(data.retries, {instancePath:instancePath+"/retries",parentData:data,parentDataProperty:"retries",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"service":true,"image":true,"env":true,"workdir":true,"timeout_ms":true,"timeout_strategy":true,"grace_period_ms":true,"expect_exit_code":true,"expected_output_regex":true,"continue_on_failure":true,"retries":true},"dynamicProps":false,"dynamicItems":false};

const schema63 = {"type":"object","required":["name","run"],"unevaluatedProperties":false,"allOf":[{"$ref":"#/$defs/stepCommon"}],"properties":{"name":{"$ref":"#/$defs/identifier","description":"Step name (span `clnrm.step:<name>`)."},"run":{"$ref":"#/$defs/command"},"expect_failure":{"type":"boolean","default":false,"description":"The step passes only if it fails."}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if((data0.length > 128 && func2(data0) > 128)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data0};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
const _errs7 = errors;
let valid4 = false;
let passing0 = null;
const _errs8 = errors;
if(typeof data1 === "string"){
if((data1.length < 2 && func2(data1) < 1)){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[0].type,parentSchema:schema40.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs10 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err7 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/run/" + i0,schemaPath:"#/$defs/command/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[1].items.type,parentSchema:schema40.oneOf[1].items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.oneOf[1].type,parentSchema:schema40.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema40.oneOf,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.expect_failure !== undefined){
let data3 = data.expect_failure;
if(typeof data3 !== "boolean"){
const err11 = {instancePath:instancePath+"/expect_failure",schemaPath:"#/properties/expect_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.properties.expect_failure.type,parentSchema:schema63.properties.expect_failure,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key0 in data){
if((((((((((((((key0 !== "name") && (key0 !== "run")) && (key0 !== "expect_failure")) && (key0 !== "service")) && (key0 !== "image")) && (key0 !== "env")) && (key0 !== "workdir")) && (key0 !== "timeout_ms")) && (key0 !== "timeout_strategy")) && (key0 !== "grace_period_ms")) && (key0 !== "expect_exit_code")) && (key0 !== "expected_output_regex")) && (key0 !== "continue_on_failure")) && (key0 !== "retries")){
const err12 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema63,data};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"type":"object","required":["type"],"unevaluatedProperties":false,"properties":{"type":{"enum":["kill_container","stop_container","restart_container","pause_container","signal","kill_process","memory_pressure","cpu_throttle","disk_fill","fd_exhaustion","exit_code","timeout","syscall_error","slow_io","network_disconnect","partition","blackhole","reject","packet_loss","latency","bandwidth","slow_close","proxy_timeout","reset_peer","slicer","limit_data","http_error","http_slow","clock_skew","dns"],"description":"Fault kind (see the fault catalogue)."},"name":{"$ref":"#/$defs/identifier","description":"Label of the fault in spans and reports (default: its type)."},"target":{"$ref":"#/$defs/target"},"delay_ms":{"$ref":"#/$defs/durationMs","description":"Alias of `at_ms`."},"at_ms":{"$ref":"#/$defs/durationMs","description":"Inject this long after the anchor: 0 without `every_ms` or `step` applies the fault before the first step starts; otherwise it counts from the moment the first step's (or `step`'s) process is observed running (docs/chaos.md, Anchors)."},"duration_ms":{"$ref":"#/$defs/durationMs","description":"Revert the fault after this long (default: at scenario end)."},"every_ms":{"$ref":"#/$defs/durationMs","description":"Repeat the injection at this interval."},"count":{"type":"integer","minimum":1,"maximum":10000,"description":"Number of injections when repeating."},"probability":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Chance of each injection, drawn from the seed."},"step":{"$ref":"#/$defs/identifier","description":"Step the fault applies to (`exit_code`, `timeout`), or, for every other type, the step whose observed start `at_ms` counts from."}},"allOf":[{"if":{"properties":{"type":{"const":"kill_container"}}},"then":{"description":"sends `signal` (default SIGKILL) to the target container","x-clnrm-targets":"service","properties":{"signal":{"$ref":"#/$defs/signalName"}}}},{"if":{"properties":{"type":{"const":"stop_container"}}},"then":{"description":"stops the target (SIGTERM, then SIGKILL after `stop_timeout_ms`)","x-clnrm-targets":"service","properties":{"stop_timeout_ms":{"$ref":"#/$defs/durationMs","description":"Time between SIGTERM and SIGKILL."}}}},{"if":{"properties":{"type":{"const":"restart_container"}}},"then":{"description":"restarts the target","x-clnrm-targets":"service"}},{"if":{"properties":{"type":{"const":"pause_container"}}},"then":{"description":"freezes every process of the target; a step that runs in the target while it is paused waits for the unpause (`duration_ms`), or fails with reason `service_paused` naming the fault when the pause lasts until cleanup or a time limit comes first","x-clnrm-targets":"service"}},{"if":{"properties":{"type":{"const":"signal"}}},"then":{"description":"sends `signal` (default SIGTERM) to the target's main process","x-clnrm-targets":"service","properties":{"signal":{"$ref":"#/$defs/signalName"}}}},{"if":{"properties":{"type":{"const":"kill_process"}}},"then":{"description":"kills the processes named `process` inside the target (`signal`, default SIGKILL)","x-clnrm-targets":"service","required":["process"],"properties":{"process":{"type":"string","minLength":1,"description":"Process name to match inside the container."},"signal":{"$ref":"#/$defs/signalName"}}}},{"if":{"properties":{"type":{"const":"memory_pressure"}}},"then":{"description":"shrinks the target's live memory limit to `memory_mb` (default half its limit): reclaim, allocation failures or OOM kills follow","x-clnrm-targets":"service","properties":{"memory_mb":{"$ref":"#/$defs/memoryMb","description":"Live memory limit to shrink to (default: half of the service's limit)."}}}},{"if":{"properties":{"type":{"const":"cpu_throttle"}}},"then":{"description":"sets the target's live CPU quota to `cpu_percent` of one core","x-clnrm-targets":"service","required":["cpu_percent"],"properties":{"cpu_percent":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"CPU quota as a percentage of one core."}}}},{"if":{"properties":{"type":{"const":"disk_fill"}}},"then":{"description":"writes a file into `path` until the filesystem is full (ENOSPC), or `size_mb`","x-clnrm-targets":"service","required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Directory to fill."},"size_mb":{"type":"integer","minimum":1,"description":"Bytes to write in MiB (default: until the disk is full)."}}}},{"if":{"properties":{"type":{"const":"fd_exhaustion"}}},"then":{"description":"steps started in the target while the fault is active run with an open-files limit of `nofile` (default 16)","x-clnrm-targets":"service","properties":{"nofile":{"type":"integer","minimum":3,"description":"Open-files limit of the processes started in the target while the fault is active (default 16)."}}}},{"if":{"properties":{"type":{"const":"exit_code"}}},"then":{"description":"forces the step named `step` (or every step while active) to exit with `exit_code`","x-clnrm-targets":"step","required":["exit_code"],"properties":{"exit_code":{"type":"integer","minimum":1,"maximum":255,"description":"Code the step is forced to exit with."}}}},{"if":{"properties":{"type":{"const":"timeout"}}},"then":{"description":"stalls the step named `step` (or every step while active) so that its timeout fires","x-clnrm-targets":"step"}},{"if":{"properties":{"type":{"const":"syscall_error"}}},"then":{"description":"makes the chosen syscalls (`syscalls` by name, or `class`) of the steps run in the target (or of its processes named `process`) fail with `errno` at `rate_pct` % (every n-th call of each syscall in each process, from a call drawn from the seed)","x-clnrm-targets":"service","required":["errno"],"properties":{"syscalls":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]*$"},"description":"Syscalls by name (`write`, `openat`, `connect`, …)."},"class":{"enum":["file","desc","network","memory","process","signal","ipc","creds","clock"],"description":"strace's class of syscalls (`file`: those taking a file name, `network`, `memory`, …); with `syscalls`, both."},"rate_pct":{"type":"number","minimum":0,"maximum":100,"default":100,"description":"Share of matching calls affected: every round(100 / rate_pct)-th call of each syscall in each process, from a call drawn from the seed; 0 traces without affecting."},"process":{"type":"string","minLength":1,"description":"Name of the target's running processes to attach to (default: the steps run in the target while the fault is active)."},"errno":{"enum":["EIO","ENOSPC","EDQUOT","EROFS","ENETDOWN","ENETUNREACH","EHOSTUNREACH","ECONNREFUSED","ECONNRESET","ETIMEDOUT","ENOMEM","EINTR","EAGAIN","EACCES","EPERM","ENOENT","EBADF","EMFILE","ENFILE","EBUSY","EPIPE","EINVAL","EFAULT"],"description":"The error the calls return (`ENOSPC`: disk full, `EIO`: disk failure, `ENETDOWN`: network down, `ENOMEM`: allocation failure, `EINTR`/`EAGAIN`: spurious)."}}}},{"if":{"properties":{"type":{"const":"slow_io"}}},"then":{"description":"delays the chosen syscalls (default: read, write and fsync families) of the steps run in the target (or of its processes named `process`) by `call_delay_ms` at `rate_pct` %","x-clnrm-targets":"service","required":["call_delay_ms"],"properties":{"syscalls":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]*$"},"description":"Syscalls by name (`write`, `openat`, `connect`, …)."},"class":{"enum":["file","desc","network","memory","process","signal","ipc","creds","clock"],"description":"strace's class of syscalls (`file`: those taking a file name, `network`, `memory`, …); with `syscalls`, both."},"rate_pct":{"type":"number","minimum":0,"maximum":100,"default":100,"description":"Share of matching calls affected: every round(100 / rate_pct)-th call of each syscall in each process, from a call drawn from the seed; 0 traces without affecting."},"process":{"type":"string","minLength":1,"description":"Name of the target's running processes to attach to (default: the steps run in the target while the fault is active)."},"call_delay_ms":{"type":"integer","minimum":1,"maximum":60000,"description":"Added to each affected call (before it runs)."}}}},{"if":{"properties":{"type":{"const":"network_disconnect"}}},"then":{"description":"detaches the target from the scenario network","x-clnrm-targets":"service"}},{"if":{"properties":{"type":{"const":"partition"}}},"then":{"description":"drops traffic between `groups` of services, or between `isolate` and all others (split brain); `direction = \"one_way\"` drops only the first group's outgoing traffic; `partition.detected` records that the runner saw the cut from inside","x-clnrm-targets":"network","x-clnrm-references":{"groups":"service","isolate":"service"},"properties":{"groups":{"type":"array","minItems":2,"items":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/identifier"}},"description":"Groups of services that cannot reach each other."},"isolate":{"$ref":"#/$defs/identifier","description":"Cut one service off from all others (split brain)."},"direction":{"enum":["both","one_way"],"default":"both"}}}},{"if":{"properties":{"type":{"const":"blackhole"}}},"then":{"description":"silently drops traffic from the target to `host`:`port` (or, without host, to its `port`)","x-clnrm-targets":"service","properties":{"host":{"type":"string","minLength":1},"port":{"type":"integer","minimum":1,"maximum":65535}}}},{"if":{"properties":{"type":{"const":"reject"}}},"then":{"description":"refuses connections with a TCP reset (connection refused)","x-clnrm-targets":"service","properties":{"host":{"type":"string","minLength":1},"port":{"type":"integer","minimum":1,"maximum":65535}}}},{"if":{"properties":{"type":{"const":"packet_loss"}}},"then":{"description":"drops `percent` % of the target's packets","x-clnrm-targets":"service","required":["percent"],"properties":{"percent":{"type":"number","minimum":0,"maximum":100,"description":"Share of packets dropped."},"mode":{"enum":["random","nth"],"default":"random","description":"`nth` drops every n-th packet: fully deterministic."}}}},{"if":{"properties":{"type":{"const":"latency"}}},"then":{"description":"delays each chunk through the proxy by `latency_ms` ± `jitter_ms`","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","latency_ms"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"latency_ms":{"$ref":"#/$defs/durationMs","description":"Delay of each chunk."},"jitter_ms":{"$ref":"#/$defs/durationMs","description":"Random spread of the delay, drawn from the seed (default 0)."}}}},{"if":{"properties":{"type":{"const":"bandwidth"}}},"then":{"description":"limits the proxy to `rate_kbps` KB/s","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","rate_kbps"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"rate_kbps":{"type":"integer","minimum":1,"description":"Bandwidth in KB/s."}}}},{"if":{"properties":{"type":{"const":"slow_close"}}},"then":{"description":"delays closing connections through the proxy by `delay_close_ms`","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","delay_close_ms"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"delay_close_ms":{"$ref":"#/$defs/durationMs","description":"Delay before a connection is closed."}}}},{"if":{"properties":{"type":{"const":"proxy_timeout"}}},"then":{"description":"stops forwarding data and closes the connection after `timeout_close_ms` (0: never closes; data flows again when removed)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"timeout_close_ms":{"$ref":"#/$defs/durationMs","description":"Time until the connection is closed (default 0: never)."}}}},{"if":{"properties":{"type":{"const":"reset_peer"}}},"then":{"description":"resets connections (TCP RST) `timeout_close_ms` after their first data (default at once)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"timeout_close_ms":{"$ref":"#/$defs/durationMs","description":"Time after the first data until the reset (default 0: at once)."}}}},{"if":{"properties":{"type":{"const":"slicer"}}},"then":{"description":"slices data into chunks of `average_size` ± `size_variation` bytes, 1 ms apart","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","average_size"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"average_size":{"type":"integer","minimum":1,"description":"Average size of a chunk in bytes."},"size_variation":{"type":"integer","minimum":0,"description":"Random spread of the chunk size in bytes (default 0)."}}}},{"if":{"properties":{"type":{"const":"limit_data"}}},"then":{"description":"closes the connection once `bytes` bytes went through the proxy","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy","bytes"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` the toxic is added to."},"direction":{"enum":["upstream","downstream"],"default":"downstream"},"toxicity":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of connections affected (drawn from the seed)."},"bytes":{"type":"integer","minimum":0,"description":"Bytes let through before the connection is closed."}}}},{"if":{"properties":{"type":{"const":"http_error"}}},"then":{"description":"answers the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix` with `status`, without forwarding them (request i of the matching ones is chosen by the seeded draw for i)","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` whose HTTP/1.x requests the fault acts on."},"method":{"type":"string","pattern":"^[A-Za-z]+$","description":"Only requests with this method (any when absent)."},"path_prefix":{"type":"string","pattern":"^/","description":"Only requests whose path starts with this (any when absent)."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of the matching requests acted on: request i (numbered in the order the proxy reads them) when the seeded draw for i is below it."},"status":{"type":"integer","minimum":100,"maximum":599,"default":503,"description":"The status of the answers."}}}},{"if":{"properties":{"type":{"const":"http_slow"}}},"then":{"description":"holds the response to the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix`: `response_delay_ms` longer, or `factor` times the upstream's own time to answer","x-clnrm-targets":"proxy","x-clnrm-references":{"proxy":"proxy"},"required":["proxy"],"properties":{"proxy":{"$ref":"#/$defs/identifier","description":"The `[proxy.NAME]` whose HTTP/1.x requests the fault acts on."},"method":{"type":"string","pattern":"^[A-Za-z]+$","description":"Only requests with this method (any when absent)."},"path_prefix":{"type":"string","pattern":"^/","description":"Only requests whose path starts with this (any when absent)."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"Share of the matching requests acted on: request i (numbered in the order the proxy reads them) when the seeded draw for i is below it."},"response_delay_ms":{"$ref":"#/$defs/durationMs","description":"Time added to each chosen response, from the moment the upstream answers."},"factor":{"type":"number","minimum":1,"description":"Instead of `response_delay_ms`: each chosen response takes this many times the upstream's time to answer (2: twice as slow)."}}}},{"if":{"properties":{"type":{"const":"clock_skew"}}},"then":{"description":"shifts the wall clock the target's processes see by `offset_ms` (libfaketime; monotonic clocks keep running true)","x-clnrm-targets":"service","required":["offset_ms"],"properties":{"offset_ms":{"type":"integer","description":"How far the clock is moved: positive into the future, negative into the past."}}}},{"if":{"properties":{"type":{"const":"dns"}}},"then":{"description":"lookups of `names` inside the target fail (`mode = \"fail\"`), hang (`\"hang\"`), at the share `rate` of their queries, or resolve to the service `to` (`\"redirect\"`)","x-clnrm-targets":"service","x-clnrm-references":{"to":"service"},"required":["names"],"properties":{"names":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$"},"description":"The names whose lookups are affected, exactly as programs ask for them (`api`, `db.internal`)."},"mode":{"enum":["fail","hang","redirect"],"default":"fail"},"to":{"$ref":"#/$defs/identifier","description":"redirect: the service the names resolve to."},"rate":{"type":"number","minimum":0,"maximum":1,"default":1,"description":"fail, hang: share of the DNS queries for the names caught, rounded to 1/20; which of every 20 queries is drawn from the seed."}}}},{"if":{"properties":{"type":{"const":"syscall_error"}}},"then":{"description":"A `syscall_error` fault with `syscalls` or `class`.","anyOf":[{"required":["syscalls"]},{"required":["class"]}]}}]};
const schema68 = {"enum":["SIGKILL","SIGTERM","SIGINT","SIGHUP","SIGUSR1","SIGUSR2","SIGQUIT","SIGSTOP","SIGCONT"],"description":"Signal name."};
const pattern16 = new RegExp("^[a-z_][a-z0-9_]*$", "u");
const pattern28 = new RegExp("^[A-Za-z]+$", "u");
const pattern29 = new RegExp("^/", "u");
const pattern33 = new RegExp("^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$", "u");
const schema92 = {"description":"A service name, a list of names, or `random(N, [a, b, c])` drawn from the seed.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"$ref":"#/$defs/identifier"},"uniqueItems":true}]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
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
if(typeof data === "string"){
if((data.length < 2 && func2(data) < 1)){
const err0 = {instancePath,schemaPath:"#/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema92.oneOf[0],data};
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
const err1 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.oneOf[0].type,parentSchema:schema92.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(Array.isArray(data)){
if(data.length < 1){
const err2 = {instancePath,schemaPath:"#/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema92.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if((data0.length > 128 && func2(data0) > 128)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err6 = {instancePath,schemaPath:"#/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema92.oneOf[1],data};
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
else {
const err7 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.oneOf[1].type,parentSchema:schema92.oneOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
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
const err8 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema92.oneOf,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
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
validate35.errors = vErrors;
evaluated0.items = items0;
return errors === 0;
}
validate35.evaluated = {"dynamicProps":false,"dynamicItems":true};


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
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("kill_container" !== data.type){
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
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.signal !== undefined){
let data1 = data.signal;
if(!(((((((((data1 === "SIGKILL") || (data1 === "SIGTERM")) || (data1 === "SIGINT")) || (data1 === "SIGHUP")) || (data1 === "SIGUSR1")) || (data1 === "SIGUSR2")) || (data1 === "SIGQUIT")) || (data1 === "SIGSTOP")) || (data1 === "SIGCONT"))){
const err1 = {instancePath:instancePath+"/signal",schemaPath:"#/$defs/signalName/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data1};
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
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.signal = true;
props0.type = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[0].if,parentSchema:schema67.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs9 = errors;
let valid5 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("stop_container" !== data.type){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stop_timeout_ms !== undefined){
let data3 = data.stop_timeout_ms;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/stop_timeout_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 86400000 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/stop_timeout_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/stop_timeout_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid1 = _errs12 === errors;
valid5 = _valid1;
if(valid5){
var props1 = {};
props1.stop_timeout_ms = true;
props1.type = true;
}
}
if(!valid5){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[1].if,parentSchema:schema67.allOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs21 = errors;
let valid9 = true;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("signal" !== data.type){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid2 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.signal !== undefined){
let data5 = data.signal;
if(!(((((((((data5 === "SIGKILL") || (data5 === "SIGTERM")) || (data5 === "SIGINT")) || (data5 === "SIGHUP")) || (data5 === "SIGUSR1")) || (data5 === "SIGUSR2")) || (data5 === "SIGQUIT")) || (data5 === "SIGSTOP")) || (data5 === "SIGCONT"))){
const err9 = {instancePath:instancePath+"/signal",schemaPath:"#/$defs/signalName/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data5};
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
var _valid2 = _errs24 === errors;
valid9 = _valid2;
if(valid9){
var props2 = {};
props2.signal = true;
props2.type = true;
}
}
if(!valid9){
const err10 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[4].if,parentSchema:schema67.allOf[4],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs28 = errors;
let valid13 = true;
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("kill_process" !== data.type){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var _valid3 = _errs29 === errors;
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs31 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process === undefined){
const err12 = {instancePath,schemaPath:"#/allOf/5/then/required",keyword:"required",params:{missingProperty: "process"},message:"must have required property '"+"process"+"'",schema:schema67.allOf[5].then.required,parentSchema:schema67.allOf[5].then,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.process !== undefined){
let data7 = data.process;
if(typeof data7 === "string"){
if((data7.length < 2 && func2(data7) < 1)){
const err13 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/5/then/properties/process/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[5].then.properties.process,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/5/then/properties/process/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[5].then.properties.process.type,parentSchema:schema67.allOf[5].then.properties.process,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.signal !== undefined){
let data8 = data.signal;
if(!(((((((((data8 === "SIGKILL") || (data8 === "SIGTERM")) || (data8 === "SIGINT")) || (data8 === "SIGHUP")) || (data8 === "SIGUSR1")) || (data8 === "SIGUSR2")) || (data8 === "SIGQUIT")) || (data8 === "SIGSTOP")) || (data8 === "SIGCONT"))){
const err15 = {instancePath:instancePath+"/signal",schemaPath:"#/$defs/signalName/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
var _valid3 = _errs31 === errors;
valid13 = _valid3;
if(valid13){
var props3 = {};
props3.process = true;
props3.signal = true;
props3.type = true;
}
}
if(!valid13){
const err16 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[5].if,parentSchema:schema67.allOf[5],data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs37 = errors;
let valid17 = true;
const _errs38 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("memory_pressure" !== data.type){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
var _valid4 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs40 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.memory_mb !== undefined){
let data10 = data.memory_mb;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err18 = {instancePath:instancePath+"/memory_mb",schemaPath:"#/$defs/memoryMb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 > 1048576 || isNaN(data10)){
const err19 = {instancePath:instancePath+"/memory_mb",schemaPath:"#/$defs/memoryMb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576",schema:1048576,parentSchema:schema36,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data10 < 6 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/memory_mb",schemaPath:"#/$defs/memoryMb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6},message:"must be >= 6",schema:6,parentSchema:schema36,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
var _valid4 = _errs40 === errors;
valid17 = _valid4;
if(valid17){
var props4 = {};
props4.memory_mb = true;
props4.type = true;
}
}
if(!valid17){
const err21 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[6].if,parentSchema:schema67.allOf[6],data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs45 = errors;
let valid21 = true;
const _errs46 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("cpu_throttle" !== data.type){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
var _valid5 = _errs46 === errors;
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cpu_percent === undefined){
const err23 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "cpu_percent"},message:"must have required property '"+"cpu_percent"+"'",schema:schema67.allOf[7].then.required,parentSchema:schema67.allOf[7].then,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.cpu_percent !== undefined){
let data12 = data.cpu_percent;
if(typeof data12 == "number"){
if(data12 > 100 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/allOf/7/then/properties/cpu_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema67.allOf[7].then.properties.cpu_percent,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 <= 0 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/allOf/7/then/properties/cpu_percent/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema67.allOf[7].then.properties.cpu_percent,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/allOf/7/then/properties/cpu_percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[7].then.properties.cpu_percent.type,parentSchema:schema67.allOf[7].then.properties.cpu_percent,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
var _valid5 = _errs48 === errors;
valid21 = _valid5;
if(valid21){
var props5 = {};
props5.cpu_percent = true;
props5.type = true;
}
}
if(!valid21){
const err27 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[7].if,parentSchema:schema67.allOf[7],data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs52 = errors;
let valid24 = true;
const _errs53 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("disk_fill" !== data.type){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
var _valid6 = _errs53 === errors;
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs55 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err29 = {instancePath,schemaPath:"#/allOf/8/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema67.allOf[8].then.required,parentSchema:schema67.allOf[8].then,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.path !== undefined){
let data14 = data.path;
if(typeof data14 === "string"){
if((data14.length < 2 && func2(data14) < 1)){
const err30 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/8/then/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[8].then.properties.path,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/8/then/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[8].then.properties.path.type,parentSchema:schema67.allOf[8].then.properties.path,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.size_mb !== undefined){
let data15 = data.size_mb;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err32 = {instancePath:instancePath+"/size_mb",schemaPath:"#/allOf/8/then/properties/size_mb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[8].then.properties.size_mb.type,parentSchema:schema67.allOf[8].then.properties.size_mb,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 < 1 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/size_mb",schemaPath:"#/allOf/8/then/properties/size_mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[8].then.properties.size_mb,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
var _valid6 = _errs55 === errors;
valid24 = _valid6;
if(valid24){
var props6 = {};
props6.path = true;
props6.size_mb = true;
props6.type = true;
}
}
if(!valid24){
const err34 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[8].if,parentSchema:schema67.allOf[8],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs61 = errors;
let valid27 = true;
const _errs62 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("fd_exhaustion" !== data.type){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
var _valid7 = _errs62 === errors;
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs64 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nofile !== undefined){
let data17 = data.nofile;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err36 = {instancePath:instancePath+"/nofile",schemaPath:"#/allOf/9/then/properties/nofile/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[9].then.properties.nofile.type,parentSchema:schema67.allOf[9].then.properties.nofile,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 < 3 || isNaN(data17)){
const err37 = {instancePath:instancePath+"/nofile",schemaPath:"#/allOf/9/then/properties/nofile/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3},message:"must be >= 3",schema:3,parentSchema:schema67.allOf[9].then.properties.nofile,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
var _valid7 = _errs64 === errors;
valid27 = _valid7;
if(valid27){
var props7 = {};
props7.nofile = true;
props7.type = true;
}
}
if(!valid27){
const err38 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[9].if,parentSchema:schema67.allOf[9],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs68 = errors;
let valid30 = true;
const _errs69 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("exit_code" !== data.type){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
var _valid8 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs71 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exit_code === undefined){
const err40 = {instancePath,schemaPath:"#/allOf/10/then/required",keyword:"required",params:{missingProperty: "exit_code"},message:"must have required property '"+"exit_code"+"'",schema:schema67.allOf[10].then.required,parentSchema:schema67.allOf[10].then,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data.exit_code !== undefined){
let data19 = data.exit_code;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err41 = {instancePath:instancePath+"/exit_code",schemaPath:"#/allOf/10/then/properties/exit_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[10].then.properties.exit_code.type,parentSchema:schema67.allOf[10].then.properties.exit_code,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 > 255 || isNaN(data19)){
const err42 = {instancePath:instancePath+"/exit_code",schemaPath:"#/allOf/10/then/properties/exit_code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255",schema:255,parentSchema:schema67.allOf[10].then.properties.exit_code,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err43 = {instancePath:instancePath+"/exit_code",schemaPath:"#/allOf/10/then/properties/exit_code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[10].then.properties.exit_code,data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
var _valid8 = _errs71 === errors;
valid30 = _valid8;
if(valid30){
var props8 = {};
props8.exit_code = true;
props8.type = true;
}
}
if(!valid30){
const err44 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[10].if,parentSchema:schema67.allOf[10],data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs77 = errors;
let valid33 = true;
const _errs78 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("syscall_error" !== data.type){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
var _valid9 = _errs78 === errors;
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs80 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errno === undefined){
const err46 = {instancePath,schemaPath:"#/allOf/12/then/required",keyword:"required",params:{missingProperty: "errno"},message:"must have required property '"+"errno"+"'",schema:schema67.allOf[12].then.required,parentSchema:schema67.allOf[12].then,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data.syscalls !== undefined){
let data21 = data.syscalls;
if(Array.isArray(data21)){
if(data21.length < 1){
const err47 = {instancePath:instancePath+"/syscalls",schemaPath:"#/allOf/12/then/properties/syscalls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.allOf[12].then.properties.syscalls,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
if(typeof data22 === "string"){
if(!pattern16.test(data22)){
const err48 = {instancePath:instancePath+"/syscalls/" + i0,schemaPath:"#/allOf/12/then/properties/syscalls/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]*$"+"\"",schema:"^[a-z_][a-z0-9_]*$",parentSchema:schema67.allOf[12].then.properties.syscalls.items,data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/syscalls/" + i0,schemaPath:"#/allOf/12/then/properties/syscalls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[12].then.properties.syscalls.items.type,parentSchema:schema67.allOf[12].then.properties.syscalls.items,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/syscalls",schemaPath:"#/allOf/12/then/properties/syscalls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[12].then.properties.syscalls.type,parentSchema:schema67.allOf[12].then.properties.syscalls,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.class !== undefined){
let data23 = data.class;
if(!(((((((((data23 === "file") || (data23 === "desc")) || (data23 === "network")) || (data23 === "memory")) || (data23 === "process")) || (data23 === "signal")) || (data23 === "ipc")) || (data23 === "creds")) || (data23 === "clock"))){
const err51 = {instancePath:instancePath+"/class",schemaPath:"#/allOf/12/then/properties/class/enum",keyword:"enum",params:{allowedValues: schema67.allOf[12].then.properties.class.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[12].then.properties.class.enum,parentSchema:schema67.allOf[12].then.properties.class,data:data23};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.rate_pct !== undefined){
let data24 = data.rate_pct;
if(typeof data24 == "number"){
if(data24 > 100 || isNaN(data24)){
const err52 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/12/then/properties/rate_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema67.allOf[12].then.properties.rate_pct,data:data24};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err53 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/12/then/properties/rate_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[12].then.properties.rate_pct,data:data24};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/12/then/properties/rate_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[12].then.properties.rate_pct.type,parentSchema:schema67.allOf[12].then.properties.rate_pct,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.process !== undefined){
let data25 = data.process;
if(typeof data25 === "string"){
if((data25.length < 2 && func2(data25) < 1)){
const err55 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/12/then/properties/process/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[12].then.properties.process,data:data25};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/12/then/properties/process/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[12].then.properties.process.type,parentSchema:schema67.allOf[12].then.properties.process,data:data25};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.errno !== undefined){
let data26 = data.errno;
if(!(((((((((((((((((((((((data26 === "EIO") || (data26 === "ENOSPC")) || (data26 === "EDQUOT")) || (data26 === "EROFS")) || (data26 === "ENETDOWN")) || (data26 === "ENETUNREACH")) || (data26 === "EHOSTUNREACH")) || (data26 === "ECONNREFUSED")) || (data26 === "ECONNRESET")) || (data26 === "ETIMEDOUT")) || (data26 === "ENOMEM")) || (data26 === "EINTR")) || (data26 === "EAGAIN")) || (data26 === "EACCES")) || (data26 === "EPERM")) || (data26 === "ENOENT")) || (data26 === "EBADF")) || (data26 === "EMFILE")) || (data26 === "ENFILE")) || (data26 === "EBUSY")) || (data26 === "EPIPE")) || (data26 === "EINVAL")) || (data26 === "EFAULT"))){
const err57 = {instancePath:instancePath+"/errno",schemaPath:"#/allOf/12/then/properties/errno/enum",keyword:"enum",params:{allowedValues: schema67.allOf[12].then.properties.errno.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[12].then.properties.errno.enum,parentSchema:schema67.allOf[12].then.properties.errno,data:data26};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
var _valid9 = _errs80 === errors;
valid33 = _valid9;
if(valid33){
var props9 = {};
props9.syscalls = true;
props9.class = true;
props9.rate_pct = true;
props9.process = true;
props9.errno = true;
props9.type = true;
}
}
if(!valid33){
const err58 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[12].if,parentSchema:schema67.allOf[12],data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs92 = errors;
let valid38 = true;
const _errs93 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("slow_io" !== data.type){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
var _valid10 = _errs93 === errors;
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs95 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.call_delay_ms === undefined){
const err60 = {instancePath,schemaPath:"#/allOf/13/then/required",keyword:"required",params:{missingProperty: "call_delay_ms"},message:"must have required property '"+"call_delay_ms"+"'",schema:schema67.allOf[13].then.required,parentSchema:schema67.allOf[13].then,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data.syscalls !== undefined){
let data28 = data.syscalls;
if(Array.isArray(data28)){
if(data28.length < 1){
const err61 = {instancePath:instancePath+"/syscalls",schemaPath:"#/allOf/13/then/properties/syscalls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.allOf[13].then.properties.syscalls,data:data28};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
const len1 = data28.length;
for(let i1=0; i1<len1; i1++){
let data29 = data28[i1];
if(typeof data29 === "string"){
if(!pattern16.test(data29)){
const err62 = {instancePath:instancePath+"/syscalls/" + i1,schemaPath:"#/allOf/13/then/properties/syscalls/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]*$"+"\"",schema:"^[a-z_][a-z0-9_]*$",parentSchema:schema67.allOf[13].then.properties.syscalls.items,data:data29};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/syscalls/" + i1,schemaPath:"#/allOf/13/then/properties/syscalls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[13].then.properties.syscalls.items.type,parentSchema:schema67.allOf[13].then.properties.syscalls.items,data:data29};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/syscalls",schemaPath:"#/allOf/13/then/properties/syscalls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[13].then.properties.syscalls.type,parentSchema:schema67.allOf[13].then.properties.syscalls,data:data28};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.class !== undefined){
let data30 = data.class;
if(!(((((((((data30 === "file") || (data30 === "desc")) || (data30 === "network")) || (data30 === "memory")) || (data30 === "process")) || (data30 === "signal")) || (data30 === "ipc")) || (data30 === "creds")) || (data30 === "clock"))){
const err65 = {instancePath:instancePath+"/class",schemaPath:"#/allOf/13/then/properties/class/enum",keyword:"enum",params:{allowedValues: schema67.allOf[13].then.properties.class.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[13].then.properties.class.enum,parentSchema:schema67.allOf[13].then.properties.class,data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.rate_pct !== undefined){
let data31 = data.rate_pct;
if(typeof data31 == "number"){
if(data31 > 100 || isNaN(data31)){
const err66 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/13/then/properties/rate_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema67.allOf[13].then.properties.rate_pct,data:data31};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err67 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/13/then/properties/rate_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[13].then.properties.rate_pct,data:data31};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/13/then/properties/rate_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[13].then.properties.rate_pct.type,parentSchema:schema67.allOf[13].then.properties.rate_pct,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.process !== undefined){
let data32 = data.process;
if(typeof data32 === "string"){
if((data32.length < 2 && func2(data32) < 1)){
const err69 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/13/then/properties/process/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[13].then.properties.process,data:data32};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/13/then/properties/process/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[13].then.properties.process.type,parentSchema:schema67.allOf[13].then.properties.process,data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.call_delay_ms !== undefined){
let data33 = data.call_delay_ms;
if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){
const err71 = {instancePath:instancePath+"/call_delay_ms",schemaPath:"#/allOf/13/then/properties/call_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[13].then.properties.call_delay_ms.type,parentSchema:schema67.allOf[13].then.properties.call_delay_ms,data:data33};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(typeof data33 == "number"){
if(data33 > 60000 || isNaN(data33)){
const err72 = {instancePath:instancePath+"/call_delay_ms",schemaPath:"#/allOf/13/then/properties/call_delay_ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000",schema:60000,parentSchema:schema67.allOf[13].then.properties.call_delay_ms,data:data33};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data33 < 1 || isNaN(data33)){
const err73 = {instancePath:instancePath+"/call_delay_ms",schemaPath:"#/allOf/13/then/properties/call_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[13].then.properties.call_delay_ms,data:data33};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
}
var _valid10 = _errs95 === errors;
valid38 = _valid10;
if(valid38){
var props10 = {};
props10.syscalls = true;
props10.class = true;
props10.rate_pct = true;
props10.process = true;
props10.call_delay_ms = true;
props10.type = true;
}
}
if(!valid38){
const err74 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[13].if,parentSchema:schema67.allOf[13],data};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
const _errs110 = errors;
let valid43 = true;
const _errs111 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("partition" !== data.type){
const err75 = {};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
var _valid11 = _errs111 === errors;
errors = _errs110;
if(vErrors !== null){
if(_errs110){
vErrors.length = _errs110;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs113 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.groups !== undefined){
let data35 = data.groups;
if(Array.isArray(data35)){
if(data35.length < 2){
const err76 = {instancePath:instancePath+"/groups",schemaPath:"#/allOf/15/then/properties/groups/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema67.allOf[15].then.properties.groups,data:data35};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
const len2 = data35.length;
for(let i2=0; i2<len2; i2++){
let data36 = data35[i2];
if(Array.isArray(data36)){
if(data36.length < 1){
const err77 = {instancePath:instancePath+"/groups/" + i2,schemaPath:"#/allOf/15/then/properties/groups/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.allOf[15].then.properties.groups.items,data:data36};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
const len3 = data36.length;
for(let i3=0; i3<len3; i3++){
let data37 = data36[i3];
if(typeof data37 === "string"){
if((data37.length > 128 && func2(data37) > 128)){
const err78 = {instancePath:instancePath+"/groups/" + i2+"/" + i3,schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data37};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!pattern4.test(data37)){
const err79 = {instancePath:instancePath+"/groups/" + i2+"/" + i3,schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data37};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/groups/" + i2+"/" + i3,schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/groups/" + i2,schemaPath:"#/allOf/15/then/properties/groups/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[15].then.properties.groups.items.type,parentSchema:schema67.allOf[15].then.properties.groups.items,data:data36};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/groups",schemaPath:"#/allOf/15/then/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[15].then.properties.groups.type,parentSchema:schema67.allOf[15].then.properties.groups,data:data35};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.isolate !== undefined){
let data38 = data.isolate;
if(typeof data38 === "string"){
if((data38.length > 128 && func2(data38) > 128)){
const err83 = {instancePath:instancePath+"/isolate",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data38};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(!pattern4.test(data38)){
const err84 = {instancePath:instancePath+"/isolate",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data38};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/isolate",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data38};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.direction !== undefined){
let data39 = data.direction;
if(!((data39 === "both") || (data39 === "one_way"))){
const err86 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/15/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[15].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[15].then.properties.direction.enum,parentSchema:schema67.allOf[15].then.properties.direction,data:data39};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
var _valid11 = _errs113 === errors;
valid43 = _valid11;
if(valid43){
var props11 = {};
props11.groups = true;
props11.isolate = true;
props11.direction = true;
props11.type = true;
}
}
if(!valid43){
const err87 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[15].if,parentSchema:schema67.allOf[15],data};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(props0 !== true && props11 !== undefined){
if(props11 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props11);
}
}
const _errs126 = errors;
let valid52 = true;
const _errs127 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("blackhole" !== data.type){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
var _valid12 = _errs127 === errors;
errors = _errs126;
if(vErrors !== null){
if(_errs126){
vErrors.length = _errs126;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs129 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.host !== undefined){
let data41 = data.host;
if(typeof data41 === "string"){
if((data41.length < 2 && func2(data41) < 1)){
const err89 = {instancePath:instancePath+"/host",schemaPath:"#/allOf/16/then/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[16].then.properties.host,data:data41};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/host",schemaPath:"#/allOf/16/then/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[16].then.properties.host.type,parentSchema:schema67.allOf[16].then.properties.host,data:data41};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.port !== undefined){
let data42 = data.port;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
const err91 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/16/then/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[16].then.properties.port.type,parentSchema:schema67.allOf[16].then.properties.port,data:data42};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(typeof data42 == "number"){
if(data42 > 65535 || isNaN(data42)){
const err92 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/16/then/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema67.allOf[16].then.properties.port,data:data42};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data42 < 1 || isNaN(data42)){
const err93 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/16/then/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[16].then.properties.port,data:data42};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
}
var _valid12 = _errs129 === errors;
valid52 = _valid12;
if(valid52){
var props12 = {};
props12.host = true;
props12.port = true;
props12.type = true;
}
}
if(!valid52){
const err94 = {instancePath,schemaPath:"#/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[16].if,parentSchema:schema67.allOf[16],data};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(props0 !== true && props12 !== undefined){
if(props12 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props12);
}
}
const _errs135 = errors;
let valid55 = true;
const _errs136 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("reject" !== data.type){
const err95 = {};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
var _valid13 = _errs136 === errors;
errors = _errs135;
if(vErrors !== null){
if(_errs135){
vErrors.length = _errs135;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs138 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.host !== undefined){
let data44 = data.host;
if(typeof data44 === "string"){
if((data44.length < 2 && func2(data44) < 1)){
const err96 = {instancePath:instancePath+"/host",schemaPath:"#/allOf/17/then/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[17].then.properties.host,data:data44};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/host",schemaPath:"#/allOf/17/then/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[17].then.properties.host.type,parentSchema:schema67.allOf[17].then.properties.host,data:data44};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.port !== undefined){
let data45 = data.port;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
const err98 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/17/then/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[17].then.properties.port.type,parentSchema:schema67.allOf[17].then.properties.port,data:data45};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(typeof data45 == "number"){
if(data45 > 65535 || isNaN(data45)){
const err99 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/17/then/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema67.allOf[17].then.properties.port,data:data45};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data45 < 1 || isNaN(data45)){
const err100 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/17/then/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[17].then.properties.port,data:data45};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
}
var _valid13 = _errs138 === errors;
valid55 = _valid13;
if(valid55){
var props13 = {};
props13.host = true;
props13.port = true;
props13.type = true;
}
}
if(!valid55){
const err101 = {instancePath,schemaPath:"#/allOf/17/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[17].if,parentSchema:schema67.allOf[17],data};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(props0 !== true && props13 !== undefined){
if(props13 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props13);
}
}
const _errs144 = errors;
let valid58 = true;
const _errs145 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("packet_loss" !== data.type){
const err102 = {};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
var _valid14 = _errs145 === errors;
errors = _errs144;
if(vErrors !== null){
if(_errs144){
vErrors.length = _errs144;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs147 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.percent === undefined){
const err103 = {instancePath,schemaPath:"#/allOf/18/then/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'",schema:schema67.allOf[18].then.required,parentSchema:schema67.allOf[18].then,data};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data.percent !== undefined){
let data47 = data.percent;
if(typeof data47 == "number"){
if(data47 > 100 || isNaN(data47)){
const err104 = {instancePath:instancePath+"/percent",schemaPath:"#/allOf/18/then/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema67.allOf[18].then.properties.percent,data:data47};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data47 < 0 || isNaN(data47)){
const err105 = {instancePath:instancePath+"/percent",schemaPath:"#/allOf/18/then/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[18].then.properties.percent,data:data47};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/percent",schemaPath:"#/allOf/18/then/properties/percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[18].then.properties.percent.type,parentSchema:schema67.allOf[18].then.properties.percent,data:data47};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.mode !== undefined){
let data48 = data.mode;
if(!((data48 === "random") || (data48 === "nth"))){
const err107 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/18/then/properties/mode/enum",keyword:"enum",params:{allowedValues: schema67.allOf[18].then.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[18].then.properties.mode.enum,parentSchema:schema67.allOf[18].then.properties.mode,data:data48};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
var _valid14 = _errs147 === errors;
valid58 = _valid14;
if(valid58){
var props14 = {};
props14.percent = true;
props14.mode = true;
props14.type = true;
}
}
if(!valid58){
const err108 = {instancePath,schemaPath:"#/allOf/18/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[18].if,parentSchema:schema67.allOf[18],data};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(props0 !== true && props14 !== undefined){
if(props14 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props14);
}
}
const _errs152 = errors;
let valid61 = true;
const _errs153 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("latency" !== data.type){
const err109 = {};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
var _valid15 = _errs153 === errors;
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs155 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err110 = {instancePath,schemaPath:"#/allOf/19/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[19].then.required,parentSchema:schema67.allOf[19].then,data};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data.latency_ms === undefined){
const err111 = {instancePath,schemaPath:"#/allOf/19/then/required",keyword:"required",params:{missingProperty: "latency_ms"},message:"must have required property '"+"latency_ms"+"'",schema:schema67.allOf[19].then.required,parentSchema:schema67.allOf[19].then,data};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data.proxy !== undefined){
let data50 = data.proxy;
if(typeof data50 === "string"){
if((data50.length > 128 && func2(data50) > 128)){
const err112 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data50};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!pattern4.test(data50)){
const err113 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data50};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data50};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.direction !== undefined){
let data51 = data.direction;
if(!((data51 === "upstream") || (data51 === "downstream"))){
const err115 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/19/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[19].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[19].then.properties.direction.enum,parentSchema:schema67.allOf[19].then.properties.direction,data:data51};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data52 = data.toxicity;
if(typeof data52 == "number"){
if(data52 > 1 || isNaN(data52)){
const err116 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/19/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[19].then.properties.toxicity,data:data52};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data52 < 0 || isNaN(data52)){
const err117 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/19/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[19].then.properties.toxicity,data:data52};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/19/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[19].then.properties.toxicity.type,parentSchema:schema67.allOf[19].then.properties.toxicity,data:data52};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.latency_ms !== undefined){
let data53 = data.latency_ms;
if(!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))){
const err119 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data53};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(typeof data53 == "number"){
if(data53 > 86400000 || isNaN(data53)){
const err120 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data53};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data53 < 0 || isNaN(data53)){
const err121 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data53};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data.jitter_ms !== undefined){
let data54 = data.jitter_ms;
if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){
const err122 = {instancePath:instancePath+"/jitter_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data54};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(typeof data54 == "number"){
if(data54 > 86400000 || isNaN(data54)){
const err123 = {instancePath:instancePath+"/jitter_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data54};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data54 < 0 || isNaN(data54)){
const err124 = {instancePath:instancePath+"/jitter_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data54};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
}
var _valid15 = _errs155 === errors;
valid61 = _valid15;
if(valid61){
var props15 = {};
props15.proxy = true;
props15.direction = true;
props15.toxicity = true;
props15.latency_ms = true;
props15.jitter_ms = true;
props15.type = true;
}
}
if(!valid61){
const err125 = {instancePath,schemaPath:"#/allOf/19/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[19].if,parentSchema:schema67.allOf[19],data};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(props0 !== true && props15 !== undefined){
if(props15 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props15);
}
}
const _errs169 = errors;
let valid67 = true;
const _errs170 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("bandwidth" !== data.type){
const err126 = {};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
var _valid16 = _errs170 === errors;
errors = _errs169;
if(vErrors !== null){
if(_errs169){
vErrors.length = _errs169;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs172 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err127 = {instancePath,schemaPath:"#/allOf/20/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[20].then.required,parentSchema:schema67.allOf[20].then,data};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data.rate_kbps === undefined){
const err128 = {instancePath,schemaPath:"#/allOf/20/then/required",keyword:"required",params:{missingProperty: "rate_kbps"},message:"must have required property '"+"rate_kbps"+"'",schema:schema67.allOf[20].then.required,parentSchema:schema67.allOf[20].then,data};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data.proxy !== undefined){
let data56 = data.proxy;
if(typeof data56 === "string"){
if((data56.length > 128 && func2(data56) > 128)){
const err129 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data56};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(!pattern4.test(data56)){
const err130 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data56};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data56};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.direction !== undefined){
let data57 = data.direction;
if(!((data57 === "upstream") || (data57 === "downstream"))){
const err132 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/20/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[20].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[20].then.properties.direction.enum,parentSchema:schema67.allOf[20].then.properties.direction,data:data57};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data58 = data.toxicity;
if(typeof data58 == "number"){
if(data58 > 1 || isNaN(data58)){
const err133 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/20/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[20].then.properties.toxicity,data:data58};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data58 < 0 || isNaN(data58)){
const err134 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/20/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[20].then.properties.toxicity,data:data58};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/20/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[20].then.properties.toxicity.type,parentSchema:schema67.allOf[20].then.properties.toxicity,data:data58};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.rate_kbps !== undefined){
let data59 = data.rate_kbps;
if(!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))){
const err136 = {instancePath:instancePath+"/rate_kbps",schemaPath:"#/allOf/20/then/properties/rate_kbps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[20].then.properties.rate_kbps.type,parentSchema:schema67.allOf[20].then.properties.rate_kbps,data:data59};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(typeof data59 == "number"){
if(data59 < 1 || isNaN(data59)){
const err137 = {instancePath:instancePath+"/rate_kbps",schemaPath:"#/allOf/20/then/properties/rate_kbps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[20].then.properties.rate_kbps,data:data59};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
}
var _valid16 = _errs172 === errors;
valid67 = _valid16;
if(valid67){
var props16 = {};
props16.proxy = true;
props16.direction = true;
props16.toxicity = true;
props16.rate_kbps = true;
props16.type = true;
}
}
if(!valid67){
const err138 = {instancePath,schemaPath:"#/allOf/20/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[20].if,parentSchema:schema67.allOf[20],data};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(props0 !== true && props16 !== undefined){
if(props16 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props16);
}
}
const _errs182 = errors;
let valid71 = true;
const _errs183 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("slow_close" !== data.type){
const err139 = {};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
var _valid17 = _errs183 === errors;
errors = _errs182;
if(vErrors !== null){
if(_errs182){
vErrors.length = _errs182;
}
else {
vErrors = null;
}
}
if(_valid17){
const _errs185 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err140 = {instancePath,schemaPath:"#/allOf/21/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[21].then.required,parentSchema:schema67.allOf[21].then,data};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data.delay_close_ms === undefined){
const err141 = {instancePath,schemaPath:"#/allOf/21/then/required",keyword:"required",params:{missingProperty: "delay_close_ms"},message:"must have required property '"+"delay_close_ms"+"'",schema:schema67.allOf[21].then.required,parentSchema:schema67.allOf[21].then,data};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data.proxy !== undefined){
let data61 = data.proxy;
if(typeof data61 === "string"){
if((data61.length > 128 && func2(data61) > 128)){
const err142 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data61};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(!pattern4.test(data61)){
const err143 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data61};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data61};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data.direction !== undefined){
let data62 = data.direction;
if(!((data62 === "upstream") || (data62 === "downstream"))){
const err145 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/21/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[21].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[21].then.properties.direction.enum,parentSchema:schema67.allOf[21].then.properties.direction,data:data62};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data63 = data.toxicity;
if(typeof data63 == "number"){
if(data63 > 1 || isNaN(data63)){
const err146 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/21/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[21].then.properties.toxicity,data:data63};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data63 < 0 || isNaN(data63)){
const err147 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/21/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[21].then.properties.toxicity,data:data63};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/21/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[21].then.properties.toxicity.type,parentSchema:schema67.allOf[21].then.properties.toxicity,data:data63};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data.delay_close_ms !== undefined){
let data64 = data.delay_close_ms;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
const err149 = {instancePath:instancePath+"/delay_close_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data64};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(typeof data64 == "number"){
if(data64 > 86400000 || isNaN(data64)){
const err150 = {instancePath:instancePath+"/delay_close_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data64};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data64 < 0 || isNaN(data64)){
const err151 = {instancePath:instancePath+"/delay_close_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data64};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
}
var _valid17 = _errs185 === errors;
valid71 = _valid17;
if(valid71){
var props17 = {};
props17.proxy = true;
props17.direction = true;
props17.toxicity = true;
props17.delay_close_ms = true;
props17.type = true;
}
}
if(!valid71){
const err152 = {instancePath,schemaPath:"#/allOf/21/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[21].if,parentSchema:schema67.allOf[21],data};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(props0 !== true && props17 !== undefined){
if(props17 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props17);
}
}
const _errs196 = errors;
let valid76 = true;
const _errs197 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("proxy_timeout" !== data.type){
const err153 = {};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
var _valid18 = _errs197 === errors;
errors = _errs196;
if(vErrors !== null){
if(_errs196){
vErrors.length = _errs196;
}
else {
vErrors = null;
}
}
if(_valid18){
const _errs199 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err154 = {instancePath,schemaPath:"#/allOf/22/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[22].then.required,parentSchema:schema67.allOf[22].then,data};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data.proxy !== undefined){
let data66 = data.proxy;
if(typeof data66 === "string"){
if((data66.length > 128 && func2(data66) > 128)){
const err155 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data66};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(!pattern4.test(data66)){
const err156 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data66};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data66};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.direction !== undefined){
let data67 = data.direction;
if(!((data67 === "upstream") || (data67 === "downstream"))){
const err158 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/22/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[22].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[22].then.properties.direction.enum,parentSchema:schema67.allOf[22].then.properties.direction,data:data67};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data68 = data.toxicity;
if(typeof data68 == "number"){
if(data68 > 1 || isNaN(data68)){
const err159 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/22/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[22].then.properties.toxicity,data:data68};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data68 < 0 || isNaN(data68)){
const err160 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/22/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[22].then.properties.toxicity,data:data68};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/22/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[22].then.properties.toxicity.type,parentSchema:schema67.allOf[22].then.properties.toxicity,data:data68};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data.timeout_close_ms !== undefined){
let data69 = data.timeout_close_ms;
if(!((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69)))){
const err162 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data69};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(typeof data69 == "number"){
if(data69 > 86400000 || isNaN(data69)){
const err163 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data69};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data69 < 0 || isNaN(data69)){
const err164 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data69};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
}
var _valid18 = _errs199 === errors;
valid76 = _valid18;
if(valid76){
var props18 = {};
props18.proxy = true;
props18.direction = true;
props18.toxicity = true;
props18.timeout_close_ms = true;
props18.type = true;
}
}
if(!valid76){
const err165 = {instancePath,schemaPath:"#/allOf/22/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[22].if,parentSchema:schema67.allOf[22],data};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(props0 !== true && props18 !== undefined){
if(props18 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props18);
}
}
const _errs210 = errors;
let valid81 = true;
const _errs211 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("reset_peer" !== data.type){
const err166 = {};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
var _valid19 = _errs211 === errors;
errors = _errs210;
if(vErrors !== null){
if(_errs210){
vErrors.length = _errs210;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs213 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err167 = {instancePath,schemaPath:"#/allOf/23/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[23].then.required,parentSchema:schema67.allOf[23].then,data};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data.proxy !== undefined){
let data71 = data.proxy;
if(typeof data71 === "string"){
if((data71.length > 128 && func2(data71) > 128)){
const err168 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data71};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(!pattern4.test(data71)){
const err169 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data71};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data71};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data.direction !== undefined){
let data72 = data.direction;
if(!((data72 === "upstream") || (data72 === "downstream"))){
const err171 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/23/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[23].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[23].then.properties.direction.enum,parentSchema:schema67.allOf[23].then.properties.direction,data:data72};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data73 = data.toxicity;
if(typeof data73 == "number"){
if(data73 > 1 || isNaN(data73)){
const err172 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/23/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[23].then.properties.toxicity,data:data73};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data73 < 0 || isNaN(data73)){
const err173 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/23/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[23].then.properties.toxicity,data:data73};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/23/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[23].then.properties.toxicity.type,parentSchema:schema67.allOf[23].then.properties.toxicity,data:data73};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data.timeout_close_ms !== undefined){
let data74 = data.timeout_close_ms;
if(!((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74)))){
const err175 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data74};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(typeof data74 == "number"){
if(data74 > 86400000 || isNaN(data74)){
const err176 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data74};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data74 < 0 || isNaN(data74)){
const err177 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data74};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
}
var _valid19 = _errs213 === errors;
valid81 = _valid19;
if(valid81){
var props19 = {};
props19.proxy = true;
props19.direction = true;
props19.toxicity = true;
props19.timeout_close_ms = true;
props19.type = true;
}
}
if(!valid81){
const err178 = {instancePath,schemaPath:"#/allOf/23/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[23].if,parentSchema:schema67.allOf[23],data};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(props0 !== true && props19 !== undefined){
if(props19 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props19);
}
}
const _errs224 = errors;
let valid86 = true;
const _errs225 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("slicer" !== data.type){
const err179 = {};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
var _valid20 = _errs225 === errors;
errors = _errs224;
if(vErrors !== null){
if(_errs224){
vErrors.length = _errs224;
}
else {
vErrors = null;
}
}
if(_valid20){
const _errs227 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err180 = {instancePath,schemaPath:"#/allOf/24/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[24].then.required,parentSchema:schema67.allOf[24].then,data};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data.average_size === undefined){
const err181 = {instancePath,schemaPath:"#/allOf/24/then/required",keyword:"required",params:{missingProperty: "average_size"},message:"must have required property '"+"average_size"+"'",schema:schema67.allOf[24].then.required,parentSchema:schema67.allOf[24].then,data};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data.proxy !== undefined){
let data76 = data.proxy;
if(typeof data76 === "string"){
if((data76.length > 128 && func2(data76) > 128)){
const err182 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data76};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(!pattern4.test(data76)){
const err183 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data76};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data76};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data.direction !== undefined){
let data77 = data.direction;
if(!((data77 === "upstream") || (data77 === "downstream"))){
const err185 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/24/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[24].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[24].then.properties.direction.enum,parentSchema:schema67.allOf[24].then.properties.direction,data:data77};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data78 = data.toxicity;
if(typeof data78 == "number"){
if(data78 > 1 || isNaN(data78)){
const err186 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/24/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[24].then.properties.toxicity,data:data78};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data78 < 0 || isNaN(data78)){
const err187 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/24/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[24].then.properties.toxicity,data:data78};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/24/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[24].then.properties.toxicity.type,parentSchema:schema67.allOf[24].then.properties.toxicity,data:data78};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data.average_size !== undefined){
let data79 = data.average_size;
if(!((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79)))){
const err189 = {instancePath:instancePath+"/average_size",schemaPath:"#/allOf/24/then/properties/average_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[24].then.properties.average_size.type,parentSchema:schema67.allOf[24].then.properties.average_size,data:data79};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(typeof data79 == "number"){
if(data79 < 1 || isNaN(data79)){
const err190 = {instancePath:instancePath+"/average_size",schemaPath:"#/allOf/24/then/properties/average_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[24].then.properties.average_size,data:data79};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
if(data.size_variation !== undefined){
let data80 = data.size_variation;
if(!((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80)))){
const err191 = {instancePath:instancePath+"/size_variation",schemaPath:"#/allOf/24/then/properties/size_variation/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[24].then.properties.size_variation.type,parentSchema:schema67.allOf[24].then.properties.size_variation,data:data80};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(typeof data80 == "number"){
if(data80 < 0 || isNaN(data80)){
const err192 = {instancePath:instancePath+"/size_variation",schemaPath:"#/allOf/24/then/properties/size_variation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[24].then.properties.size_variation,data:data80};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
}
var _valid20 = _errs227 === errors;
valid86 = _valid20;
if(valid86){
var props20 = {};
props20.proxy = true;
props20.direction = true;
props20.toxicity = true;
props20.average_size = true;
props20.size_variation = true;
props20.type = true;
}
}
if(!valid86){
const err193 = {instancePath,schemaPath:"#/allOf/24/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[24].if,parentSchema:schema67.allOf[24],data};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(props0 !== true && props20 !== undefined){
if(props20 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props20);
}
}
const _errs239 = errors;
let valid90 = true;
const _errs240 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("limit_data" !== data.type){
const err194 = {};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
var _valid21 = _errs240 === errors;
errors = _errs239;
if(vErrors !== null){
if(_errs239){
vErrors.length = _errs239;
}
else {
vErrors = null;
}
}
if(_valid21){
const _errs242 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err195 = {instancePath,schemaPath:"#/allOf/25/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[25].then.required,parentSchema:schema67.allOf[25].then,data};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(data.bytes === undefined){
const err196 = {instancePath,schemaPath:"#/allOf/25/then/required",keyword:"required",params:{missingProperty: "bytes"},message:"must have required property '"+"bytes"+"'",schema:schema67.allOf[25].then.required,parentSchema:schema67.allOf[25].then,data};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(data.proxy !== undefined){
let data82 = data.proxy;
if(typeof data82 === "string"){
if((data82.length > 128 && func2(data82) > 128)){
const err197 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data82};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(!pattern4.test(data82)){
const err198 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data82};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data82};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data.direction !== undefined){
let data83 = data.direction;
if(!((data83 === "upstream") || (data83 === "downstream"))){
const err200 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/25/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[25].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[25].then.properties.direction.enum,parentSchema:schema67.allOf[25].then.properties.direction,data:data83};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data84 = data.toxicity;
if(typeof data84 == "number"){
if(data84 > 1 || isNaN(data84)){
const err201 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/25/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[25].then.properties.toxicity,data:data84};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(data84 < 0 || isNaN(data84)){
const err202 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/25/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[25].then.properties.toxicity,data:data84};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/25/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[25].then.properties.toxicity.type,parentSchema:schema67.allOf[25].then.properties.toxicity,data:data84};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data.bytes !== undefined){
let data85 = data.bytes;
if(!((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85)))){
const err204 = {instancePath:instancePath+"/bytes",schemaPath:"#/allOf/25/then/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[25].then.properties.bytes.type,parentSchema:schema67.allOf[25].then.properties.bytes,data:data85};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(typeof data85 == "number"){
if(data85 < 0 || isNaN(data85)){
const err205 = {instancePath:instancePath+"/bytes",schemaPath:"#/allOf/25/then/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[25].then.properties.bytes,data:data85};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
}
var _valid21 = _errs242 === errors;
valid90 = _valid21;
if(valid90){
var props21 = {};
props21.proxy = true;
props21.direction = true;
props21.toxicity = true;
props21.bytes = true;
props21.type = true;
}
}
if(!valid90){
const err206 = {instancePath,schemaPath:"#/allOf/25/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[25].if,parentSchema:schema67.allOf[25],data};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(props0 !== true && props21 !== undefined){
if(props21 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props21);
}
}
const _errs252 = errors;
let valid94 = true;
const _errs253 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("http_error" !== data.type){
const err207 = {};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
var _valid22 = _errs253 === errors;
errors = _errs252;
if(vErrors !== null){
if(_errs252){
vErrors.length = _errs252;
}
else {
vErrors = null;
}
}
if(_valid22){
const _errs255 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err208 = {instancePath,schemaPath:"#/allOf/26/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[26].then.required,parentSchema:schema67.allOf[26].then,data};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(data.proxy !== undefined){
let data87 = data.proxy;
if(typeof data87 === "string"){
if((data87.length > 128 && func2(data87) > 128)){
const err209 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data87};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(!pattern4.test(data87)){
const err210 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data87};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data87};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data.method !== undefined){
let data88 = data.method;
if(typeof data88 === "string"){
if(!pattern28.test(data88)){
const err212 = {instancePath:instancePath+"/method",schemaPath:"#/allOf/26/then/properties/method/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]+$"},message:"must match pattern \""+"^[A-Za-z]+$"+"\"",schema:"^[A-Za-z]+$",parentSchema:schema67.allOf[26].then.properties.method,data:data88};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/method",schemaPath:"#/allOf/26/then/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[26].then.properties.method.type,parentSchema:schema67.allOf[26].then.properties.method,data:data88};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data.path_prefix !== undefined){
let data89 = data.path_prefix;
if(typeof data89 === "string"){
if(!pattern29.test(data89)){
const err214 = {instancePath:instancePath+"/path_prefix",schemaPath:"#/allOf/26/then/properties/path_prefix/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema67.allOf[26].then.properties.path_prefix,data:data89};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/path_prefix",schemaPath:"#/allOf/26/then/properties/path_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[26].then.properties.path_prefix.type,parentSchema:schema67.allOf[26].then.properties.path_prefix,data:data89};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data.rate !== undefined){
let data90 = data.rate;
if(typeof data90 == "number"){
if(data90 > 1 || isNaN(data90)){
const err216 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/26/then/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[26].then.properties.rate,data:data90};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(data90 < 0 || isNaN(data90)){
const err217 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/26/then/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[26].then.properties.rate,data:data90};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/26/then/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[26].then.properties.rate.type,parentSchema:schema67.allOf[26].then.properties.rate,data:data90};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data.status !== undefined){
let data91 = data.status;
if(!((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91)))){
const err219 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/26/then/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[26].then.properties.status.type,parentSchema:schema67.allOf[26].then.properties.status,data:data91};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(typeof data91 == "number"){
if(data91 > 599 || isNaN(data91)){
const err220 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/26/then/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema67.allOf[26].then.properties.status,data:data91};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(data91 < 100 || isNaN(data91)){
const err221 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/26/then/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema67.allOf[26].then.properties.status,data:data91};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
}
var _valid22 = _errs255 === errors;
valid94 = _valid22;
if(valid94){
var props22 = {};
props22.proxy = true;
props22.method = true;
props22.path_prefix = true;
props22.rate = true;
props22.status = true;
props22.type = true;
}
}
if(!valid94){
const err222 = {instancePath,schemaPath:"#/allOf/26/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[26].if,parentSchema:schema67.allOf[26],data};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(props0 !== true && props22 !== undefined){
if(props22 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props22);
}
}
const _errs268 = errors;
let valid98 = true;
const _errs269 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("http_slow" !== data.type){
const err223 = {};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
var _valid23 = _errs269 === errors;
errors = _errs268;
if(vErrors !== null){
if(_errs268){
vErrors.length = _errs268;
}
else {
vErrors = null;
}
}
if(_valid23){
const _errs271 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err224 = {instancePath,schemaPath:"#/allOf/27/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[27].then.required,parentSchema:schema67.allOf[27].then,data};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(data.proxy !== undefined){
let data93 = data.proxy;
if(typeof data93 === "string"){
if((data93.length > 128 && func2(data93) > 128)){
const err225 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data93};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(!pattern4.test(data93)){
const err226 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data93};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data93};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data.method !== undefined){
let data94 = data.method;
if(typeof data94 === "string"){
if(!pattern28.test(data94)){
const err228 = {instancePath:instancePath+"/method",schemaPath:"#/allOf/27/then/properties/method/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]+$"},message:"must match pattern \""+"^[A-Za-z]+$"+"\"",schema:"^[A-Za-z]+$",parentSchema:schema67.allOf[27].then.properties.method,data:data94};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/method",schemaPath:"#/allOf/27/then/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[27].then.properties.method.type,parentSchema:schema67.allOf[27].then.properties.method,data:data94};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data.path_prefix !== undefined){
let data95 = data.path_prefix;
if(typeof data95 === "string"){
if(!pattern29.test(data95)){
const err230 = {instancePath:instancePath+"/path_prefix",schemaPath:"#/allOf/27/then/properties/path_prefix/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema67.allOf[27].then.properties.path_prefix,data:data95};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
else {
const err231 = {instancePath:instancePath+"/path_prefix",schemaPath:"#/allOf/27/then/properties/path_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[27].then.properties.path_prefix.type,parentSchema:schema67.allOf[27].then.properties.path_prefix,data:data95};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data.rate !== undefined){
let data96 = data.rate;
if(typeof data96 == "number"){
if(data96 > 1 || isNaN(data96)){
const err232 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/27/then/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[27].then.properties.rate,data:data96};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(data96 < 0 || isNaN(data96)){
const err233 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/27/then/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[27].then.properties.rate,data:data96};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
else {
const err234 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/27/then/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[27].then.properties.rate.type,parentSchema:schema67.allOf[27].then.properties.rate,data:data96};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data.response_delay_ms !== undefined){
let data97 = data.response_delay_ms;
if(!((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97)))){
const err235 = {instancePath:instancePath+"/response_delay_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data97};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(typeof data97 == "number"){
if(data97 > 86400000 || isNaN(data97)){
const err236 = {instancePath:instancePath+"/response_delay_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data97};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data97 < 0 || isNaN(data97)){
const err237 = {instancePath:instancePath+"/response_delay_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data97};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
}
if(data.factor !== undefined){
let data98 = data.factor;
if(typeof data98 == "number"){
if(data98 < 1 || isNaN(data98)){
const err238 = {instancePath:instancePath+"/factor",schemaPath:"#/allOf/27/then/properties/factor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[27].then.properties.factor,data:data98};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/factor",schemaPath:"#/allOf/27/then/properties/factor/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[27].then.properties.factor.type,parentSchema:schema67.allOf[27].then.properties.factor,data:data98};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
var _valid23 = _errs271 === errors;
valid98 = _valid23;
if(valid98){
var props23 = {};
props23.proxy = true;
props23.method = true;
props23.path_prefix = true;
props23.rate = true;
props23.response_delay_ms = true;
props23.factor = true;
props23.type = true;
}
}
if(!valid98){
const err240 = {instancePath,schemaPath:"#/allOf/27/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[27].if,parentSchema:schema67.allOf[27],data};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(props0 !== true && props23 !== undefined){
if(props23 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props23);
}
}
const _errs287 = errors;
let valid103 = true;
const _errs288 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("clock_skew" !== data.type){
const err241 = {};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
var _valid24 = _errs288 === errors;
errors = _errs287;
if(vErrors !== null){
if(_errs287){
vErrors.length = _errs287;
}
else {
vErrors = null;
}
}
if(_valid24){
const _errs290 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.offset_ms === undefined){
const err242 = {instancePath,schemaPath:"#/allOf/28/then/required",keyword:"required",params:{missingProperty: "offset_ms"},message:"must have required property '"+"offset_ms"+"'",schema:schema67.allOf[28].then.required,parentSchema:schema67.allOf[28].then,data};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(data.offset_ms !== undefined){
let data100 = data.offset_ms;
if(!((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100)))){
const err243 = {instancePath:instancePath+"/offset_ms",schemaPath:"#/allOf/28/then/properties/offset_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[28].then.properties.offset_ms.type,parentSchema:schema67.allOf[28].then.properties.offset_ms,data:data100};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
var _valid24 = _errs290 === errors;
valid103 = _valid24;
if(valid103){
var props24 = {};
props24.offset_ms = true;
props24.type = true;
}
}
if(!valid103){
const err244 = {instancePath,schemaPath:"#/allOf/28/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[28].if,parentSchema:schema67.allOf[28],data};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(props0 !== true && props24 !== undefined){
if(props24 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props24);
}
}
const _errs294 = errors;
let valid106 = true;
const _errs295 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("dns" !== data.type){
const err245 = {};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
var _valid25 = _errs295 === errors;
errors = _errs294;
if(vErrors !== null){
if(_errs294){
vErrors.length = _errs294;
}
else {
vErrors = null;
}
}
if(_valid25){
const _errs297 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.names === undefined){
const err246 = {instancePath,schemaPath:"#/allOf/29/then/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'",schema:schema67.allOf[29].then.required,parentSchema:schema67.allOf[29].then,data};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
if(data.names !== undefined){
let data102 = data.names;
if(Array.isArray(data102)){
if(data102.length < 1){
const err247 = {instancePath:instancePath+"/names",schemaPath:"#/allOf/29/then/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.allOf[29].then.properties.names,data:data102};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
const len4 = data102.length;
for(let i4=0; i4<len4; i4++){
let data103 = data102[i4];
if(typeof data103 === "string"){
if(!pattern33.test(data103)){
const err248 = {instancePath:instancePath+"/names/" + i4,schemaPath:"#/allOf/29/then/properties/names/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$"+"\"",schema:"^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$",parentSchema:schema67.allOf[29].then.properties.names.items,data:data103};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/names/" + i4,schemaPath:"#/allOf/29/then/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[29].then.properties.names.items.type,parentSchema:schema67.allOf[29].then.properties.names.items,data:data103};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/names",schemaPath:"#/allOf/29/then/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[29].then.properties.names.type,parentSchema:schema67.allOf[29].then.properties.names,data:data102};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data.mode !== undefined){
let data104 = data.mode;
if(!(((data104 === "fail") || (data104 === "hang")) || (data104 === "redirect"))){
const err251 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/29/then/properties/mode/enum",keyword:"enum",params:{allowedValues: schema67.allOf[29].then.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[29].then.properties.mode.enum,parentSchema:schema67.allOf[29].then.properties.mode,data:data104};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data.to !== undefined){
let data105 = data.to;
if(typeof data105 === "string"){
if((data105.length > 128 && func2(data105) > 128)){
const err252 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data105};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(!pattern4.test(data105)){
const err253 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data105};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data105};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data.rate !== undefined){
let data106 = data.rate;
if(typeof data106 == "number"){
if(data106 > 1 || isNaN(data106)){
const err255 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/29/then/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[29].then.properties.rate,data:data106};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(data106 < 0 || isNaN(data106)){
const err256 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/29/then/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[29].then.properties.rate,data:data106};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/29/then/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[29].then.properties.rate.type,parentSchema:schema67.allOf[29].then.properties.rate,data:data106};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
var _valid25 = _errs297 === errors;
valid106 = _valid25;
if(valid106){
var props25 = {};
props25.names = true;
props25.mode = true;
props25.to = true;
props25.rate = true;
props25.type = true;
}
}
if(!valid106){
const err258 = {instancePath,schemaPath:"#/allOf/29/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[29].if,parentSchema:schema67.allOf[29],data};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
if(props0 !== true && props25 !== undefined){
if(props25 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props25);
}
}
const _errs309 = errors;
let valid112 = true;
const _errs310 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("syscall_error" !== data.type){
const err259 = {};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
var _valid26 = _errs310 === errors;
errors = _errs309;
if(vErrors !== null){
if(_errs309){
vErrors.length = _errs309;
}
else {
vErrors = null;
}
}
if(_valid26){
const _errs312 = errors;
const _errs313 = errors;
let valid114 = false;
const _errs314 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.syscalls === undefined){
const err260 = {instancePath,schemaPath:"#/allOf/30/then/anyOf/0/required",keyword:"required",params:{missingProperty: "syscalls"},message:"must have required property '"+"syscalls"+"'",schema:schema67.allOf[30].then.anyOf[0].required,parentSchema:schema67.allOf[30].then.anyOf[0],data};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
var _valid27 = _errs314 === errors;
valid114 = valid114 || _valid27;
const _errs315 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.class === undefined){
const err261 = {instancePath,schemaPath:"#/allOf/30/then/anyOf/1/required",keyword:"required",params:{missingProperty: "class"},message:"must have required property '"+"class"+"'",schema:schema67.allOf[30].then.anyOf[1].required,parentSchema:schema67.allOf[30].then.anyOf[1],data};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
var _valid27 = _errs315 === errors;
valid114 = valid114 || _valid27;
if(!valid114){
const err262 = {instancePath,schemaPath:"#/allOf/30/then/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema67.allOf[30].then.anyOf,parentSchema:schema67.allOf[30].then,data};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
else {
errors = _errs313;
if(vErrors !== null){
if(_errs313){
vErrors.length = _errs313;
}
else {
vErrors = null;
}
}
}
var _valid26 = _errs312 === errors;
valid112 = _valid26;
}
if(!valid112){
const err263 = {instancePath,schemaPath:"#/allOf/30/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[30].if,parentSchema:schema67.allOf[30],data};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err264 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.name = true;
props0.target = true;
props0.delay_ms = true;
props0.at_ms = true;
props0.duration_ms = true;
props0.every_ms = true;
props0.count = true;
props0.probability = true;
props0.step = true;
}
if(data.type !== undefined){
let data108 = data.type;
if(!((((((((((((((((((((((((((((((data108 === "kill_container") || (data108 === "stop_container")) || (data108 === "restart_container")) || (data108 === "pause_container")) || (data108 === "signal")) || (data108 === "kill_process")) || (data108 === "memory_pressure")) || (data108 === "cpu_throttle")) || (data108 === "disk_fill")) || (data108 === "fd_exhaustion")) || (data108 === "exit_code")) || (data108 === "timeout")) || (data108 === "syscall_error")) || (data108 === "slow_io")) || (data108 === "network_disconnect")) || (data108 === "partition")) || (data108 === "blackhole")) || (data108 === "reject")) || (data108 === "packet_loss")) || (data108 === "latency")) || (data108 === "bandwidth")) || (data108 === "slow_close")) || (data108 === "proxy_timeout")) || (data108 === "reset_peer")) || (data108 === "slicer")) || (data108 === "limit_data")) || (data108 === "http_error")) || (data108 === "http_slow")) || (data108 === "clock_skew")) || (data108 === "dns"))){
const err265 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema67.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.type.enum,parentSchema:schema67.properties.type,data:data108};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data.name !== undefined){
let data109 = data.name;
if(typeof data109 === "string"){
if((data109.length > 128 && func2(data109) > 128)){
const err266 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data109};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(!pattern4.test(data109)){
const err267 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data109};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
else {
const err268 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data109};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data.target !== undefined){
if(!(validate35(data.target, {instancePath:instancePath+"/target",parentData:data,parentDataProperty:"target",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.delay_ms !== undefined){
let data111 = data.delay_ms;
if(!((typeof data111 == "number") && (!(data111 % 1) && !isNaN(data111)))){
const err269 = {instancePath:instancePath+"/delay_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data111};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
if(typeof data111 == "number"){
if(data111 > 86400000 || isNaN(data111)){
const err270 = {instancePath:instancePath+"/delay_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data111};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(data111 < 0 || isNaN(data111)){
const err271 = {instancePath:instancePath+"/delay_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data111};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
}
if(data.at_ms !== undefined){
let data112 = data.at_ms;
if(!((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112)))){
const err272 = {instancePath:instancePath+"/at_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data112};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(typeof data112 == "number"){
if(data112 > 86400000 || isNaN(data112)){
const err273 = {instancePath:instancePath+"/at_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data112};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(data112 < 0 || isNaN(data112)){
const err274 = {instancePath:instancePath+"/at_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data112};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
if(data.duration_ms !== undefined){
let data113 = data.duration_ms;
if(!((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113)))){
const err275 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data113};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if(typeof data113 == "number"){
if(data113 > 86400000 || isNaN(data113)){
const err276 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data113};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(data113 < 0 || isNaN(data113)){
const err277 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data113};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
if(data.every_ms !== undefined){
let data114 = data.every_ms;
if(!((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114)))){
const err278 = {instancePath:instancePath+"/every_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data114};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(typeof data114 == "number"){
if(data114 > 86400000 || isNaN(data114)){
const err279 = {instancePath:instancePath+"/every_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data114};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
if(data114 < 0 || isNaN(data114)){
const err280 = {instancePath:instancePath+"/every_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data114};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
if(data.count !== undefined){
let data115 = data.count;
if(!((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115)))){
const err281 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.properties.count.type,parentSchema:schema67.properties.count,data:data115};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if(typeof data115 == "number"){
if(data115 > 10000 || isNaN(data115)){
const err282 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema67.properties.count,data:data115};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if(data115 < 1 || isNaN(data115)){
const err283 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.properties.count,data:data115};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
}
if(data.probability !== undefined){
let data116 = data.probability;
if(typeof data116 == "number"){
if(data116 > 1 || isNaN(data116)){
const err284 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.properties.probability,data:data116};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(data116 < 0 || isNaN(data116)){
const err285 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.properties.probability,data:data116};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
else {
const err286 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.properties.probability.type,parentSchema:schema67.properties.probability,data:data116};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data.step !== undefined){
let data117 = data.step;
if(typeof data117 === "string"){
if((data117.length > 128 && func2(data117) > 128)){
const err287 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data117};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if(!pattern4.test(data117)){
const err288 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data117};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
else {
const err289 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data117};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
const err290 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
}
else {
const err291 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"type":"object","additionalProperties":false,"properties":{"span":{"type":"array","items":{"$ref":"#/$defs/expectSpan"},"description":"Spans that must exist, with their parent, attributes, events, status and duration."},"graph":{"type":"object","additionalProperties":false,"properties":{"must_include":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[parent, child]` edges that must exist."},"must_not_cross":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]` pairs with no edge between them."},"acyclic":{"type":"boolean","description":"The span graph has no cycle."},"no_orphans":{"type":"boolean","description":"`true`: fails when a span of the system under test has a parent id that resolves to nothing in the scenario's trace (or no parent at all); such spans are otherwise only a `clnrm.orphan` warning. `false` checks nothing."}}},"counts":{"type":"object","additionalProperties":false,"properties":{"spans_total":{"$ref":"#/$defs/countBound"},"events_total":{"$ref":"#/$defs/countBound"},"errors_total":{"$ref":"#/$defs/countBound"},"by_name":{"type":"object","additionalProperties":{"$ref":"#/$defs/countBound"},"description":"Bounds per span name."}}},"window":{"type":"array","items":{"type":"object","required":["outer","contains"],"additionalProperties":false,"properties":{"outer":{"type":"string","minLength":1,"description":"Span whose time window must contain the others."},"contains":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Names of the spans that must each lie within the time window of some `outer` span."},"max_duration_ms":{"$ref":"#/$defs/durationMs","description":"Every `outer` span lasts at most this long (ms)."}}},"description":"Temporal containment."},"order":{"type":"object","additionalProperties":false,"properties":{"must_precede":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]`: a ends before b starts."},"must_follow":{"type":"array","items":{"$ref":"#/$defs/spanNamePair"},"description":"`[a, b]`: a starts after b ends."}}},"status":{"type":"object","additionalProperties":false,"properties":{"all":{"enum":["OK","ERROR","UNSET"],"description":"Status of every span."},"by_name":{"type":"object","additionalProperties":{"enum":["OK","ERROR","UNSET"]},"description":"Status per span name (`*` patterns allowed)."},"errors_allowed":{"type":"integer","minimum":0,"default":0,"description":"How many spans with status ERROR `all = \"OK\"` tolerates (needs `all = \"OK\"`)."}}},"hermeticity":{"type":"object","additionalProperties":false,"properties":{"no_container_leakage":{"type":"boolean","description":"No labelled container remains after cleanup (checked on the engine)."},"no_network_leakage":{"type":"boolean","description":"No labelled network remains."},"no_volume_leakage":{"type":"boolean","description":"No labelled volume remains."},"no_process_leakage":{"type":"boolean","description":"No process a step started (found by the container's process table before and after the step, so setsid'd and double-forked ones too) is alive 2 s after it ends; such processes are killed. See docs/expectations.md."},"no_external_services":{"type":"boolean","description":"No span of the system under test names a peer outside the scenario in any peer attribute of the OpenTelemetry conventions (hosts inside URLs, connection strings and arrays included); loopback, services, proxies and the scenario's containers are allowed. See docs/expectations.md."},"resource_attrs_must_match":{"$ref":"#/$defs/attrMap","description":"Resource attributes every span of the system under test must carry (at least one such span must exist); values are literals or matcher tables as in `attrs.all`."},"span_attrs_forbid_keys":{"type":"array","items":{"type":"string"},"description":"Attribute keys no span may carry."}}},"consistency":{"type":"object","additionalProperties":false,"required":["present_step","present_regex"],"properties":{"ack_steps":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Steps whose stdout reports the acknowledged operations, one line each matching `ack_regex` (give `ack_steps` and `ack_regex`, or `ack_span` and `key_attr`)."},"ack_regex":{"type":"string","format":"regex","description":"Regular expression tried on each stdout line of the `ack_steps`; a matching line is one acknowledged operation, its key the named group `key` (`(?<key>...)`)."},"ack_span":{"type":"string","minLength":1,"description":"Name of the spans of the system under test that acknowledge an operation: those with status OK, carrying the key in `key_attr`, credited to this scenario."},"key_attr":{"type":"string","minLength":1,"description":"Attribute of an `ack_span` span that holds the key."},"present_step":{"type":"string","minLength":1,"description":"The reader: a step after every ack step (and after the faults it must survive) whose stdout lists the items present, one line each matching `present_regex`. It must run and pass, or the check is an error."},"present_regex":{"type":"string","format":"regex","description":"Regular expression tried on each stdout line of `present_step`; the named group `key` is an item present."},"lost":{"$ref":"#/$defs/countOrBound","description":"How many acknowledged keys may be absent from the reader's listing (`lost = 0`: nothing lost)."},"duplicated":{"$ref":"#/$defs/countOrBound","description":"How many keys the reader may list more than once."},"unexpected":{"$ref":"#/$defs/countOrBound","description":"How many keys the reader may list that were never acknowledged."},"expect_failure":{"type":"boolean","default":false,"description":"The check passes only if a bound is violated (it proves the check catches a loss); a check that could not be judged stays an error."}},"description":"Nothing lost: acknowledged operations (writer steps' stdout or spans) against the items a reader step lists after recovery; counts of lost, duplicated and unexpected keys with bounds. Only in a scenario's `expect`."},"kpi":{"type":"object","additionalProperties":false,"properties":{"mttd_ms":{"$ref":"#/$defs/kpiBound","description":"Mean time to detect, in ms: fault applied → detection (`[scenario.steady_state] detect`: first probe sample that lost the steady state, or first ERROR span of the named kind)."},"mttr_ms":{"$ref":"#/$defs/kpiBound","description":"Mean time to recover, in ms: detection → first probe sample that restored the steady state."},"availability_pct":{"$ref":"#/$defs/kpiBound","description":"Healthy probe samples over all samples after the check before the faults, in %."},"recovery_rate_pct":{"$ref":"#/$defs/kpiBound","description":"Effective faults after which the steady state held again within `recover_within_ms`, in %."},"error_budget_used_pct":{"$ref":"#/$defs/kpiBound","description":"Failed requests over all requests (`[scenario.steady_state] error_budget`), in % of the budget; above 100 when the budget is overrun."}},"description":"Bounds on the experiment's KPIs, measured from the `[scenario.steady_state]` probe samples (docs/experiments.md). A KPI that was not measured fails its bound."},"supervision":{"type":"array","description":"Supervision: after each kill of `service` (an effective `kill_process`, `kill_container` or `stop_container` fault on it), the engine restarted it (its RestartCount rose) and it ran again, and was ready again when it has `wait`, within `back_within_ms`; and it restarted at most `max_restarts_per_minute` times in any minute. A service never killed makes the check an error, not a pass. Only in a scenario's `expect`.","items":{"type":"object","additionalProperties":false,"required":["service","back_within_ms"],"properties":{"service":{"type":"string","minLength":1,"description":"The supervised service (started by the scenario)."},"back_within_ms":{"$ref":"#/$defs/durationMs","description":"Longest time from the start of a kill to the service running (and ready) again under the engine's restart."},"max_restarts_per_minute":{"type":"integer","minimum":0,"description":"Most restarts by the engine in any 60 s of the scenario (a crash loop exceeds it)."}}}},"during":{"type":"array","description":"Span conditions scoped to fault windows: among the spans of the name that overlap (or lie within) the window of `fault` (or of `during_all` / `during_any`), every one satisfies the constraints and at least one exists, or `count` of them do. A fault that was never injected makes the check an error. Only in a scenario's `expect` (docs/expectations.md#fault-windows).","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"fault":{"$ref":"#/$defs/identifier","description":"The fault (by its `name`, default its type) whose window scopes the conditions: from the start of its injection to the end of its revert (docs/expectations.md#fault-windows)."},"during_all":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/identifier"},"description":"Faults whose windows all cover the same time: the conditions apply where they all were active at once."},"during_any":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/identifier"},"description":"Faults any of whose windows counts: the conditions apply wherever one of them was active."},"overlap":{"enum":["overlaps","contained"],"default":"overlaps","description":"Which spans are in scope: those sharing any instant with the window (`overlaps`), or those lying wholly within one stretch of it (`contained`)."},"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}},"count":{"$ref":"#/$defs/countBound","description":"How many spans in the window with the name must satisfy every constraint. Without `count`, every span in the window with the name must satisfy them, and at least one must exist."}}}},"after":{"type":"array","description":"Recovery after a fault window closed: the first span of the name that starts after the window and satisfies the constraints starts within `within_ms`, and no span of the name starting after it misses them. A fault that was never injected makes the check an error. Only in a scenario's `expect` (docs/expectations.md#fault-windows).","items":{"type":"object","additionalProperties":false,"required":["fault","within_ms","name"],"properties":{"fault":{"$ref":"#/$defs/identifier","description":"The fault (by its `name`, default its type) whose window must have closed: the end of its revert, or of the last of its injections."},"within_ms":{"$ref":"#/$defs/durationMs","description":"The first span with the name that starts after the window closed and satisfies the constraints starts at most this long after it."},"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}}}}}}};
const schema107 = {"type":"array","minItems":2,"maxItems":2,"items":{"type":"string","minLength":1}};
const schema106 = {"type":"object","additionalProperties":false,"minProperties":1,"properties":{"eq":{"type":"integer","minimum":0},"gte":{"type":"integer","minimum":0},"lte":{"type":"integer","minimum":0}}};
const schema118 = {"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}},"description":"`min` ≤ value ≤ `max`."};
const schema100 = {"type":"object","description":"Without `count`, at least one span with the name must exist and every span with that name must satisfy all the constraints. With `count`, the number of spans with that name that satisfy all the constraints must be within the bound. A scenario's `[[scenario.expect.span]]` sees the scenario's subtree; the file's `[[expect.span]]` sees the whole trace.","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"description":"Span name; `*` matches any run of characters."},"parent":{"type":"string","minLength":1,"description":"Name of the direct parent span."},"ancestor":{"type":"string","minLength":1,"description":"Name of any ancestor span."},"kind":{"enum":["internal","server","client","producer","consumer"]},"status":{"enum":["OK","ERROR","UNSET"]},"attrs":{"type":"object","description":"`all`: every key = value must hold; `any`: at least one must; `none`: keys that must be absent. A value is a literal, compared by type and value (`\"1000\"` does not match the int 1000, `\"true\"` does not match true), or a matcher table with one or more of `eq`, `ne`, `gt`, `gte`, `lt`, `lte` (numeric), `regex` (JavaScript, searched in the string form), `glob` (`*` = any run of characters), `in` (array of literals), `exists` (true or false); every key given must hold.","additionalProperties":false,"properties":{"all":{"$ref":"#/$defs/attrMap","description":"Every key must be present with a matching value (a literal or a matcher table)."},"any":{"$ref":"#/$defs/attrMap","description":"At least one key must be present with a matching value (a literal or a matcher table)."},"none":{"type":"array","items":{"type":"string"},"description":"Keys that must be absent."}}},"events":{"type":"object","additionalProperties":false,"properties":{"all":{"type":"array","items":{"type":"string"},"description":"Event names that must all be present."},"any":{"type":"array","items":{"type":"string"},"description":"At least one of these event names."}}},"duration_ms":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}}},"count":{"$ref":"#/$defs/countBound","description":"How many spans with the name must satisfy every constraint. Without `count`, every span with the name must satisfy them, and at least one must exist."}}};
const schema101 = {"type":"object","additionalProperties":{"$ref":"#/$defs/attrValue"}};
const schema102 = {"description":"An attribute value: a literal (compared by type and value: a string matches only a string attribute, a boolean only a boolean, a number only an int or double of exactly that value (int64 compared with all 64 bits; write integers beyond 2^53 as plain TOML integers); `\"1\"` matches neither 1, 1.0, true nor [\"1\"], and an array attribute matches no literal), or a matcher table such as `{ gte = 200, lt = 300 }` whose every key must hold.","type":["string","number","boolean","object"],"additionalProperties":false,"minProperties":1,"properties":{"eq":{"$ref":"#/$defs/attrLiteral","description":"Equal, by type and value (as a literal)."},"ne":{"$ref":"#/$defs/attrLiteral","description":"Present and not equal by type and value."},"gt":{"type":"number","description":"Greater than; the attribute (or its string form) must be a number."},"gte":{"type":"number","description":"Greater than or equal; the attribute (or its string form) must be a number."},"lt":{"type":"number","description":"Less than; the attribute (or its string form) must be a number."},"lte":{"type":"number","description":"Less than or equal; the attribute (or its string form) must be a number."},"regex":{"type":"string","format":"regex","description":"JavaScript regular expression searched in the string form (not anchored: write `^...$` to match the whole value)."},"glob":{"type":"string","description":"The whole string form matches; `*` stands for any run of characters."},"in":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/attrLiteral"},"description":"Equal, by type and value, to one of these literals."},"exists":{"type":"boolean","description":"`true`: the attribute is present, with any value; `false`: it is absent. Every other key also requires the attribute to be present."}}};
const schema103 = {"type":["string","number","boolean"],"description":"A literal attribute value, compared by type and value: a string matches only a string attribute, a boolean only a boolean, a number only an int or double of exactly that value (int64 compared with all 64 bits; write integers beyond 2^53 as plain TOML integers); `\"1\"` matches neither 1, 1.0, true nor [\"1\"], and an array attribute matches no literal."};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((((typeof data !== "string") && (!(typeof data == "number"))) && (typeof data !== "boolean")) && (!(data && typeof data == "object" && !Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema102.type},message:"must be string,number,boolean,object",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema102.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.eq !== undefined){
let data0 = data.eq;
if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){
const err3 = {instancePath:instancePath+"/eq",schemaPath:"#/$defs/attrLiteral/type",keyword:"type",params:{type: schema103.type},message:"must be string,number,boolean",schema:schema103.type,parentSchema:schema103,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ne !== undefined){
let data1 = data.ne;
if(((typeof data1 !== "string") && (!(typeof data1 == "number"))) && (typeof data1 !== "boolean")){
const err4 = {instancePath:instancePath+"/ne",schemaPath:"#/$defs/attrLiteral/type",keyword:"type",params:{type: schema103.type},message:"must be string,number,boolean",schema:schema103.type,parentSchema:schema103,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.gt !== undefined){
let data2 = data.gt;
if(!(typeof data2 == "number")){
const err5 = {instancePath:instancePath+"/gt",schemaPath:"#/properties/gt/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema102.properties.gt.type,parentSchema:schema102.properties.gt,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.gte !== undefined){
let data3 = data.gte;
if(!(typeof data3 == "number")){
const err6 = {instancePath:instancePath+"/gte",schemaPath:"#/properties/gte/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema102.properties.gte.type,parentSchema:schema102.properties.gte,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lt !== undefined){
let data4 = data.lt;
if(!(typeof data4 == "number")){
const err7 = {instancePath:instancePath+"/lt",schemaPath:"#/properties/lt/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema102.properties.lt.type,parentSchema:schema102.properties.lt,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.lte !== undefined){
let data5 = data.lte;
if(!(typeof data5 == "number")){
const err8 = {instancePath:instancePath+"/lte",schemaPath:"#/properties/lte/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema102.properties.lte.type,parentSchema:schema102.properties.lte,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.regex !== undefined){
let data6 = data.regex;
if(typeof data6 === "string"){
if(!(formats4(data6))){
const err9 = {instancePath:instancePath+"/regex",schemaPath:"#/properties/regex/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\"",schema:"regex",parentSchema:schema102.properties.regex,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/regex",schemaPath:"#/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.regex.type,parentSchema:schema102.properties.regex,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.glob !== undefined){
let data7 = data.glob;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/glob",schemaPath:"#/properties/glob/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.glob.type,parentSchema:schema102.properties.glob,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.in !== undefined){
let data8 = data.in;
if(Array.isArray(data8)){
if(data8.length < 1){
const err12 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema102.properties.in,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(((typeof data9 !== "string") && (!(typeof data9 == "number"))) && (typeof data9 !== "boolean")){
const err13 = {instancePath:instancePath+"/in/" + i0,schemaPath:"#/$defs/attrLiteral/type",keyword:"type",params:{type: schema103.type},message:"must be string,number,boolean",schema:schema103.type,parentSchema:schema103,data:data9};
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
else {
const err14 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema102.properties.in.type,parentSchema:schema102.properties.in,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.exists !== undefined){
let data10 = data.exists;
if(typeof data10 !== "boolean"){
const err15 = {instancePath:instancePath+"/exists",schemaPath:"#/properties/exists/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema102.properties.exists.type,parentSchema:schema102.properties.exists,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate42(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema100.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if((data0.length < 2 && func2(data0) < 1)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.name.type,parentSchema:schema100.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.parent !== undefined){
let data1 = data.parent;
if(typeof data1 === "string"){
if((data1.length < 2 && func2(data1) < 1)){
const err4 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.parent,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.parent.type,parentSchema:schema100.properties.parent,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ancestor !== undefined){
let data2 = data.ancestor;
if(typeof data2 === "string"){
if((data2.length < 2 && func2(data2) < 1)){
const err6 = {instancePath:instancePath+"/ancestor",schemaPath:"#/properties/ancestor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.ancestor,data:data2};
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
const err7 = {instancePath:instancePath+"/ancestor",schemaPath:"#/properties/ancestor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.ancestor.type,parentSchema:schema100.properties.ancestor,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(!(((((data3 === "internal") || (data3 === "server")) || (data3 === "client")) || (data3 === "producer")) || (data3 === "consumer"))){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema100.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema100.properties.kind.enum,parentSchema:schema100.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(!(((data4 === "OK") || (data4 === "ERROR")) || (data4 === "UNSET"))){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema100.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema100.properties.status.enum,parentSchema:schema100.properties.status,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.attrs !== undefined){
let data5 = data.attrs;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!(((key1 === "all") || (key1 === "any")) || (key1 === "none"))){
const err10 = {instancePath:instancePath+"/attrs",schemaPath:"#/properties/attrs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.attrs,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.all !== undefined){
if(!(validate41(data5.all, {instancePath:instancePath+"/attrs/all",parentData:data5,parentDataProperty:"all",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data5.any !== undefined){
if(!(validate41(data5.any, {instancePath:instancePath+"/attrs/any",parentData:data5,parentDataProperty:"any",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data5.none !== undefined){
let data8 = data5.none;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
const err11 = {instancePath:instancePath+"/attrs/none/" + i0,schemaPath:"#/properties/attrs/properties/none/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.attrs.properties.none.items.type,parentSchema:schema100.properties.attrs.properties.none.items,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/attrs/none",schemaPath:"#/properties/attrs/properties/none/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.attrs.properties.none.type,parentSchema:schema100.properties.attrs.properties.none,data:data8};
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
const err13 = {instancePath:instancePath+"/attrs",schemaPath:"#/properties/attrs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.attrs.type,parentSchema:schema100.properties.attrs,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.events !== undefined){
let data10 = data.events;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!((key2 === "all") || (key2 === "any"))){
const err14 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.events,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data10.all !== undefined){
let data11 = data10.all;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(typeof data12 !== "string"){
const err15 = {instancePath:instancePath+"/events/all/" + i1,schemaPath:"#/properties/events/properties/all/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.events.properties.all.items.type,parentSchema:schema100.properties.events.properties.all.items,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/events/all",schemaPath:"#/properties/events/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.events.properties.all.type,parentSchema:schema100.properties.events.properties.all,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data10.any !== undefined){
let data13 = data10.any;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(typeof data14 !== "string"){
const err17 = {instancePath:instancePath+"/events/any/" + i2,schemaPath:"#/properties/events/properties/any/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.events.properties.any.items.type,parentSchema:schema100.properties.events.properties.any.items,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/events/any",schemaPath:"#/properties/events/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.events.properties.any.type,parentSchema:schema100.properties.events.properties.any,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.events.type,parentSchema:schema100.properties.events,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.duration_ms !== undefined){
let data15 = data.duration_ms;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(Object.keys(data15).length < 1){
const err20 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/properties/duration_ms/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema100.properties.duration_ms,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key3 in data15){
if(!((key3 === "min") || (key3 === "max"))){
const err21 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/properties/duration_ms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.duration_ms,data:data15};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data15.min !== undefined){
let data16 = data15.min;
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
const err22 = {instancePath:instancePath+"/duration_ms/min",schemaPath:"#/properties/duration_ms/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema100.properties.duration_ms.properties.min,data:data16};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/duration_ms/min",schemaPath:"#/properties/duration_ms/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema100.properties.duration_ms.properties.min.type,parentSchema:schema100.properties.duration_ms.properties.min,data:data16};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data15.max !== undefined){
let data17 = data15.max;
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
const err24 = {instancePath:instancePath+"/duration_ms/max",schemaPath:"#/properties/duration_ms/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema100.properties.duration_ms.properties.max,data:data17};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/duration_ms/max",schemaPath:"#/properties/duration_ms/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema100.properties.duration_ms.properties.max.type,parentSchema:schema100.properties.duration_ms.properties.max,data:data17};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/properties/duration_ms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.duration_ms.type,parentSchema:schema100.properties.duration_ms,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.count !== undefined){
let data18 = data.count;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length < 1){
const err27 = {instancePath:instancePath+"/count",schemaPath:"#/$defs/countBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema106,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key4 in data18){
if(!(((key4 === "eq") || (key4 === "gte")) || (key4 === "lte"))){
const err28 = {instancePath:instancePath+"/count",schemaPath:"#/$defs/countBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data18};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data18.eq !== undefined){
let data19 = data18.eq;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err29 = {instancePath:instancePath+"/count/eq",schemaPath:"#/$defs/countBound/properties/eq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.eq.type,parentSchema:schema106.properties.eq,data:data19};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 < 0 || isNaN(data19)){
const err30 = {instancePath:instancePath+"/count/eq",schemaPath:"#/$defs/countBound/properties/eq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.eq,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data18.gte !== undefined){
let data20 = data18.gte;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
const err31 = {instancePath:instancePath+"/count/gte",schemaPath:"#/$defs/countBound/properties/gte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.gte.type,parentSchema:schema106.properties.gte,data:data20};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data20 == "number"){
if(data20 < 0 || isNaN(data20)){
const err32 = {instancePath:instancePath+"/count/gte",schemaPath:"#/$defs/countBound/properties/gte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.gte,data:data20};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data18.lte !== undefined){
let data21 = data18.lte;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err33 = {instancePath:instancePath+"/count/lte",schemaPath:"#/$defs/countBound/properties/lte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.lte.type,parentSchema:schema106.properties.lte,data:data21};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data21 == "number"){
if(data21 < 0 || isNaN(data21)){
const err34 = {instancePath:instancePath+"/count/lte",schemaPath:"#/$defs/countBound/properties/lte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.lte,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/count",schemaPath:"#/$defs/countBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema116 = {"oneOf":[{"type":"integer","minimum":0},{"$ref":"#/$defs/countBound"}],"description":"A count: an integer (exactly that many) or bounds `{ eq, gte, lte }`."};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
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
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema116.oneOf[0].type,parentSchema:schema116.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data < 0 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema116.oneOf[0],data};
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err2 = {instancePath,schemaPath:"#/$defs/countBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "eq") || (key0 === "gte")) || (key0 === "lte"))){
const err3 = {instancePath,schemaPath:"#/$defs/countBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.eq !== undefined){
let data0 = data.eq;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err4 = {instancePath:instancePath+"/eq",schemaPath:"#/$defs/countBound/properties/eq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.eq.type,parentSchema:schema106.properties.eq,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/eq",schemaPath:"#/$defs/countBound/properties/eq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.eq,data:data0};
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
if(data.gte !== undefined){
let data1 = data.gte;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err6 = {instancePath:instancePath+"/gte",schemaPath:"#/$defs/countBound/properties/gte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.gte.type,parentSchema:schema106.properties.gte,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/gte",schemaPath:"#/$defs/countBound/properties/gte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.gte,data:data1};
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
if(data.lte !== undefined){
let data2 = data.lte;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err8 = {instancePath:instancePath+"/lte",schemaPath:"#/$defs/countBound/properties/lte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.lte.type,parentSchema:schema106.properties.lte,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/lte",schemaPath:"#/$defs/countBound/properties/lte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.lte,data:data2};
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
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/countBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
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
const err11 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema116.oneOf,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
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
validate48.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate48.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema99.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.span !== undefined){
let data0 = data.span;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate40(data0[i0], {instancePath:instancePath+"/span/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/span",schemaPath:"#/properties/span/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.span.type,parentSchema:schema99.properties.span,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.graph !== undefined){
let data2 = data.graph;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((((key1 === "must_include") || (key1 === "must_not_cross")) || (key1 === "acyclic")) || (key1 === "no_orphans"))){
const err2 = {instancePath:instancePath+"/graph",schemaPath:"#/properties/graph/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.graph,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.must_include !== undefined){
let data3 = data2.must_include;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(Array.isArray(data4)){
if(data4.length > 2){
const err3 = {instancePath:instancePath+"/graph/must_include/" + i1,schemaPath:"#/$defs/spanNamePair/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema107,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data4.length < 2){
const err4 = {instancePath:instancePath+"/graph/must_include/" + i1,schemaPath:"#/$defs/spanNamePair/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema107,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if(typeof data5 === "string"){
if((data5.length < 2 && func2(data5) < 1)){
const err5 = {instancePath:instancePath+"/graph/must_include/" + i1+"/" + i2,schemaPath:"#/$defs/spanNamePair/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107.items,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/graph/must_include/" + i1+"/" + i2,schemaPath:"#/$defs/spanNamePair/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.items.type,parentSchema:schema107.items,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/graph/must_include/" + i1,schemaPath:"#/$defs/spanNamePair/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.type,parentSchema:schema107,data:data4};
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
else {
const err8 = {instancePath:instancePath+"/graph/must_include",schemaPath:"#/properties/graph/properties/must_include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.graph.properties.must_include.type,parentSchema:schema99.properties.graph.properties.must_include,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.must_not_cross !== undefined){
let data6 = data2.must_not_cross;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
let data7 = data6[i3];
if(Array.isArray(data7)){
if(data7.length > 2){
const err9 = {instancePath:instancePath+"/graph/must_not_cross/" + i3,schemaPath:"#/$defs/spanNamePair/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema107,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data7.length < 2){
const err10 = {instancePath:instancePath+"/graph/must_not_cross/" + i3,schemaPath:"#/$defs/spanNamePair/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema107,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len4 = data7.length;
for(let i4=0; i4<len4; i4++){
let data8 = data7[i4];
if(typeof data8 === "string"){
if((data8.length < 2 && func2(data8) < 1)){
const err11 = {instancePath:instancePath+"/graph/must_not_cross/" + i3+"/" + i4,schemaPath:"#/$defs/spanNamePair/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107.items,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/graph/must_not_cross/" + i3+"/" + i4,schemaPath:"#/$defs/spanNamePair/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.items.type,parentSchema:schema107.items,data:data8};
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
const err13 = {instancePath:instancePath+"/graph/must_not_cross/" + i3,schemaPath:"#/$defs/spanNamePair/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.type,parentSchema:schema107,data:data7};
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
else {
const err14 = {instancePath:instancePath+"/graph/must_not_cross",schemaPath:"#/properties/graph/properties/must_not_cross/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.graph.properties.must_not_cross.type,parentSchema:schema99.properties.graph.properties.must_not_cross,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.acyclic !== undefined){
let data9 = data2.acyclic;
if(typeof data9 !== "boolean"){
const err15 = {instancePath:instancePath+"/graph/acyclic",schemaPath:"#/properties/graph/properties/acyclic/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.graph.properties.acyclic.type,parentSchema:schema99.properties.graph.properties.acyclic,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.no_orphans !== undefined){
let data10 = data2.no_orphans;
if(typeof data10 !== "boolean"){
const err16 = {instancePath:instancePath+"/graph/no_orphans",schemaPath:"#/properties/graph/properties/no_orphans/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.graph.properties.no_orphans.type,parentSchema:schema99.properties.graph.properties.no_orphans,data:data10};
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
const err17 = {instancePath:instancePath+"/graph",schemaPath:"#/properties/graph/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.graph.type,parentSchema:schema99.properties.graph,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.counts !== undefined){
let data11 = data.counts;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
if(!((((key2 === "spans_total") || (key2 === "events_total")) || (key2 === "errors_total")) || (key2 === "by_name"))){
const err18 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.spans_total !== undefined){
let data12 = data11.spans_total;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(Object.keys(data12).length < 1){
const err19 = {instancePath:instancePath+"/counts/spans_total",schemaPath:"#/$defs/countBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema106,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data12){
if(!(((key3 === "eq") || (key3 === "gte")) || (key3 === "lte"))){
const err20 = {instancePath:instancePath+"/counts/spans_total",schemaPath:"#/$defs/countBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data12.eq !== undefined){
let data13 = data12.eq;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err21 = {instancePath:instancePath+"/counts/spans_total/eq",schemaPath:"#/$defs/countBound/properties/eq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.eq.type,parentSchema:schema106.properties.eq,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err22 = {instancePath:instancePath+"/counts/spans_total/eq",schemaPath:"#/$defs/countBound/properties/eq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.eq,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data12.gte !== undefined){
let data14 = data12.gte;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err23 = {instancePath:instancePath+"/counts/spans_total/gte",schemaPath:"#/$defs/countBound/properties/gte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.gte.type,parentSchema:schema106.properties.gte,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
const err24 = {instancePath:instancePath+"/counts/spans_total/gte",schemaPath:"#/$defs/countBound/properties/gte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.gte,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data12.lte !== undefined){
let data15 = data12.lte;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err25 = {instancePath:instancePath+"/counts/spans_total/lte",schemaPath:"#/$defs/countBound/properties/lte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.lte.type,parentSchema:schema106.properties.lte,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
const err26 = {instancePath:instancePath+"/counts/spans_total/lte",schemaPath:"#/$defs/countBound/properties/lte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.lte,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/counts/spans_total",schemaPath:"#/$defs/countBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data11.events_total !== undefined){
let data16 = data11.events_total;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(Object.keys(data16).length < 1){
const err28 = {instancePath:instancePath+"/counts/events_total",schemaPath:"#/$defs/countBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema106,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key4 in data16){
if(!(((key4 === "eq") || (key4 === "gte")) || (key4 === "lte"))){
const err29 = {instancePath:instancePath+"/counts/events_total",schemaPath:"#/$defs/countBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data16.eq !== undefined){
let data17 = data16.eq;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err30 = {instancePath:instancePath+"/counts/events_total/eq",schemaPath:"#/$defs/countBound/properties/eq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.eq.type,parentSchema:schema106.properties.eq,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
const err31 = {instancePath:instancePath+"/counts/events_total/eq",schemaPath:"#/$defs/countBound/properties/eq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.eq,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data16.gte !== undefined){
let data18 = data16.gte;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err32 = {instancePath:instancePath+"/counts/events_total/gte",schemaPath:"#/$defs/countBound/properties/gte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.gte.type,parentSchema:schema106.properties.gte,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 < 0 || isNaN(data18)){
const err33 = {instancePath:instancePath+"/counts/events_total/gte",schemaPath:"#/$defs/countBound/properties/gte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.gte,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data16.lte !== undefined){
let data19 = data16.lte;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err34 = {instancePath:instancePath+"/counts/events_total/lte",schemaPath:"#/$defs/countBound/properties/lte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.lte.type,parentSchema:schema106.properties.lte,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 < 0 || isNaN(data19)){
const err35 = {instancePath:instancePath+"/counts/events_total/lte",schemaPath:"#/$defs/countBound/properties/lte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.lte,data:data19};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/counts/events_total",schemaPath:"#/$defs/countBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.errors_total !== undefined){
let data20 = data11.errors_total;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(Object.keys(data20).length < 1){
const err37 = {instancePath:instancePath+"/counts/errors_total",schemaPath:"#/$defs/countBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema106,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key5 in data20){
if(!(((key5 === "eq") || (key5 === "gte")) || (key5 === "lte"))){
const err38 = {instancePath:instancePath+"/counts/errors_total",schemaPath:"#/$defs/countBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data20.eq !== undefined){
let data21 = data20.eq;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err39 = {instancePath:instancePath+"/counts/errors_total/eq",schemaPath:"#/$defs/countBound/properties/eq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.eq.type,parentSchema:schema106.properties.eq,data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data21 == "number"){
if(data21 < 0 || isNaN(data21)){
const err40 = {instancePath:instancePath+"/counts/errors_total/eq",schemaPath:"#/$defs/countBound/properties/eq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.eq,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data20.gte !== undefined){
let data22 = data20.gte;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
const err41 = {instancePath:instancePath+"/counts/errors_total/gte",schemaPath:"#/$defs/countBound/properties/gte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.gte.type,parentSchema:schema106.properties.gte,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data22 == "number"){
if(data22 < 0 || isNaN(data22)){
const err42 = {instancePath:instancePath+"/counts/errors_total/gte",schemaPath:"#/$defs/countBound/properties/gte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.gte,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data20.lte !== undefined){
let data23 = data20.lte;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
const err43 = {instancePath:instancePath+"/counts/errors_total/lte",schemaPath:"#/$defs/countBound/properties/lte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.lte.type,parentSchema:schema106.properties.lte,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data23 == "number"){
if(data23 < 0 || isNaN(data23)){
const err44 = {instancePath:instancePath+"/counts/errors_total/lte",schemaPath:"#/$defs/countBound/properties/lte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.lte,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/counts/errors_total",schemaPath:"#/$defs/countBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data20};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11.by_name !== undefined){
let data24 = data11.by_name;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
let data25 = data24[key6];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(Object.keys(data25).length < 1){
const err46 = {instancePath:instancePath+"/counts/by_name/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/countBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema106,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key7 in data25){
if(!(((key7 === "eq") || (key7 === "gte")) || (key7 === "lte"))){
const err47 = {instancePath:instancePath+"/counts/by_name/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/countBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data25};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data25.eq !== undefined){
let data26 = data25.eq;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err48 = {instancePath:instancePath+"/counts/by_name/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/eq",schemaPath:"#/$defs/countBound/properties/eq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.eq.type,parentSchema:schema106.properties.eq,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(typeof data26 == "number"){
if(data26 < 0 || isNaN(data26)){
const err49 = {instancePath:instancePath+"/counts/by_name/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/eq",schemaPath:"#/$defs/countBound/properties/eq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.eq,data:data26};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data25.gte !== undefined){
let data27 = data25.gte;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err50 = {instancePath:instancePath+"/counts/by_name/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/gte",schemaPath:"#/$defs/countBound/properties/gte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.gte.type,parentSchema:schema106.properties.gte,data:data27};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(typeof data27 == "number"){
if(data27 < 0 || isNaN(data27)){
const err51 = {instancePath:instancePath+"/counts/by_name/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/gte",schemaPath:"#/$defs/countBound/properties/gte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.gte,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data25.lte !== undefined){
let data28 = data25.lte;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
const err52 = {instancePath:instancePath+"/counts/by_name/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/lte",schemaPath:"#/$defs/countBound/properties/lte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.lte.type,parentSchema:schema106.properties.lte,data:data28};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data28 == "number"){
if(data28 < 0 || isNaN(data28)){
const err53 = {instancePath:instancePath+"/counts/by_name/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/lte",schemaPath:"#/$defs/countBound/properties/lte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.lte,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
else {
const err54 = {instancePath:instancePath+"/counts/by_name/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/countBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/counts/by_name",schemaPath:"#/properties/counts/properties/by_name/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.counts.properties.by_name.type,parentSchema:schema99.properties.counts.properties.by_name,data:data24};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.counts.type,parentSchema:schema99.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.window !== undefined){
let data29 = data.window;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.outer === undefined){
const err57 = {instancePath:instancePath+"/window/" + i5,schemaPath:"#/properties/window/items/required",keyword:"required",params:{missingProperty: "outer"},message:"must have required property '"+"outer"+"'",schema:schema99.properties.window.items.required,parentSchema:schema99.properties.window.items,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data30.contains === undefined){
const err58 = {instancePath:instancePath+"/window/" + i5,schemaPath:"#/properties/window/items/required",keyword:"required",params:{missingProperty: "contains"},message:"must have required property '"+"contains"+"'",schema:schema99.properties.window.items.required,parentSchema:schema99.properties.window.items,data:data30};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key8 in data30){
if(!(((key8 === "outer") || (key8 === "contains")) || (key8 === "max_duration_ms"))){
const err59 = {instancePath:instancePath+"/window/" + i5,schemaPath:"#/properties/window/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.window.items,data:data30};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data30.outer !== undefined){
let data31 = data30.outer;
if(typeof data31 === "string"){
if((data31.length < 2 && func2(data31) < 1)){
const err60 = {instancePath:instancePath+"/window/" + i5+"/outer",schemaPath:"#/properties/window/items/properties/outer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.window.items.properties.outer,data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/window/" + i5+"/outer",schemaPath:"#/properties/window/items/properties/outer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.window.items.properties.outer.type,parentSchema:schema99.properties.window.items.properties.outer,data:data31};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data30.contains !== undefined){
let data32 = data30.contains;
if(Array.isArray(data32)){
if(data32.length < 1){
const err62 = {instancePath:instancePath+"/window/" + i5+"/contains",schemaPath:"#/properties/window/items/properties/contains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema99.properties.window.items.properties.contains,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len6 = data32.length;
for(let i6=0; i6<len6; i6++){
let data33 = data32[i6];
if(typeof data33 === "string"){
if((data33.length < 2 && func2(data33) < 1)){
const err63 = {instancePath:instancePath+"/window/" + i5+"/contains/" + i6,schemaPath:"#/properties/window/items/properties/contains/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.window.items.properties.contains.items,data:data33};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/window/" + i5+"/contains/" + i6,schemaPath:"#/properties/window/items/properties/contains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.window.items.properties.contains.items.type,parentSchema:schema99.properties.window.items.properties.contains.items,data:data33};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/window/" + i5+"/contains",schemaPath:"#/properties/window/items/properties/contains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.window.items.properties.contains.type,parentSchema:schema99.properties.window.items.properties.contains,data:data32};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data30.max_duration_ms !== undefined){
let data34 = data30.max_duration_ms;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
const err66 = {instancePath:instancePath+"/window/" + i5+"/max_duration_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(typeof data34 == "number"){
if(data34 > 86400000 || isNaN(data34)){
const err67 = {instancePath:instancePath+"/window/" + i5+"/max_duration_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data34 < 0 || isNaN(data34)){
const err68 = {instancePath:instancePath+"/window/" + i5+"/max_duration_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
}
else {
const err69 = {instancePath:instancePath+"/window/" + i5,schemaPath:"#/properties/window/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.window.items.type,parentSchema:schema99.properties.window.items,data:data30};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.window.type,parentSchema:schema99.properties.window,data:data29};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.order !== undefined){
let data35 = data.order;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key9 in data35){
if(!((key9 === "must_precede") || (key9 === "must_follow"))){
const err71 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.order,data:data35};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data35.must_precede !== undefined){
let data36 = data35.must_precede;
if(Array.isArray(data36)){
const len7 = data36.length;
for(let i7=0; i7<len7; i7++){
let data37 = data36[i7];
if(Array.isArray(data37)){
if(data37.length > 2){
const err72 = {instancePath:instancePath+"/order/must_precede/" + i7,schemaPath:"#/$defs/spanNamePair/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema107,data:data37};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data37.length < 2){
const err73 = {instancePath:instancePath+"/order/must_precede/" + i7,schemaPath:"#/$defs/spanNamePair/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema107,data:data37};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
const len8 = data37.length;
for(let i8=0; i8<len8; i8++){
let data38 = data37[i8];
if(typeof data38 === "string"){
if((data38.length < 2 && func2(data38) < 1)){
const err74 = {instancePath:instancePath+"/order/must_precede/" + i7+"/" + i8,schemaPath:"#/$defs/spanNamePair/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107.items,data:data38};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/order/must_precede/" + i7+"/" + i8,schemaPath:"#/$defs/spanNamePair/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.items.type,parentSchema:schema107.items,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/order/must_precede/" + i7,schemaPath:"#/$defs/spanNamePair/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.type,parentSchema:schema107,data:data37};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/order/must_precede",schemaPath:"#/properties/order/properties/must_precede/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.order.properties.must_precede.type,parentSchema:schema99.properties.order.properties.must_precede,data:data36};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data35.must_follow !== undefined){
let data39 = data35.must_follow;
if(Array.isArray(data39)){
const len9 = data39.length;
for(let i9=0; i9<len9; i9++){
let data40 = data39[i9];
if(Array.isArray(data40)){
if(data40.length > 2){
const err78 = {instancePath:instancePath+"/order/must_follow/" + i9,schemaPath:"#/$defs/spanNamePair/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema107,data:data40};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data40.length < 2){
const err79 = {instancePath:instancePath+"/order/must_follow/" + i9,schemaPath:"#/$defs/spanNamePair/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema107,data:data40};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
const len10 = data40.length;
for(let i10=0; i10<len10; i10++){
let data41 = data40[i10];
if(typeof data41 === "string"){
if((data41.length < 2 && func2(data41) < 1)){
const err80 = {instancePath:instancePath+"/order/must_follow/" + i9+"/" + i10,schemaPath:"#/$defs/spanNamePair/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107.items,data:data41};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/order/must_follow/" + i9+"/" + i10,schemaPath:"#/$defs/spanNamePair/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.items.type,parentSchema:schema107.items,data:data41};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/order/must_follow/" + i9,schemaPath:"#/$defs/spanNamePair/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.type,parentSchema:schema107,data:data40};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/order/must_follow",schemaPath:"#/properties/order/properties/must_follow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.order.properties.must_follow.type,parentSchema:schema99.properties.order.properties.must_follow,data:data39};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.order.type,parentSchema:schema99.properties.order,data:data35};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.status !== undefined){
let data42 = data.status;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key10 in data42){
if(!(((key10 === "all") || (key10 === "by_name")) || (key10 === "errors_allowed"))){
const err85 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.status,data:data42};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data42.all !== undefined){
let data43 = data42.all;
if(!(((data43 === "OK") || (data43 === "ERROR")) || (data43 === "UNSET"))){
const err86 = {instancePath:instancePath+"/status/all",schemaPath:"#/properties/status/properties/all/enum",keyword:"enum",params:{allowedValues: schema99.properties.status.properties.all.enum},message:"must be equal to one of the allowed values",schema:schema99.properties.status.properties.all.enum,parentSchema:schema99.properties.status.properties.all,data:data43};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data42.by_name !== undefined){
let data44 = data42.by_name;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key11 in data44){
let data45 = data44[key11];
if(!(((data45 === "OK") || (data45 === "ERROR")) || (data45 === "UNSET"))){
const err87 = {instancePath:instancePath+"/status/by_name/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/by_name/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema99.properties.status.properties.by_name.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema99.properties.status.properties.by_name.additionalProperties.enum,parentSchema:schema99.properties.status.properties.by_name.additionalProperties,data:data45};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/status/by_name",schemaPath:"#/properties/status/properties/by_name/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.status.properties.by_name.type,parentSchema:schema99.properties.status.properties.by_name,data:data44};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data42.errors_allowed !== undefined){
let data46 = data42.errors_allowed;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err89 = {instancePath:instancePath+"/status/errors_allowed",schemaPath:"#/properties/status/properties/errors_allowed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema99.properties.status.properties.errors_allowed.type,parentSchema:schema99.properties.status.properties.errors_allowed,data:data46};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(typeof data46 == "number"){
if(data46 < 0 || isNaN(data46)){
const err90 = {instancePath:instancePath+"/status/errors_allowed",schemaPath:"#/properties/status/properties/errors_allowed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema99.properties.status.properties.errors_allowed,data:data46};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
}
else {
const err91 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.status.type,parentSchema:schema99.properties.status,data:data42};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.hermeticity !== undefined){
let data47 = data.hermeticity;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key12 in data47){
if(!(((((((key12 === "no_container_leakage") || (key12 === "no_network_leakage")) || (key12 === "no_volume_leakage")) || (key12 === "no_process_leakage")) || (key12 === "no_external_services")) || (key12 === "resource_attrs_must_match")) || (key12 === "span_attrs_forbid_keys"))){
const err92 = {instancePath:instancePath+"/hermeticity",schemaPath:"#/properties/hermeticity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.hermeticity,data:data47};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data47.no_container_leakage !== undefined){
let data48 = data47.no_container_leakage;
if(typeof data48 !== "boolean"){
const err93 = {instancePath:instancePath+"/hermeticity/no_container_leakage",schemaPath:"#/properties/hermeticity/properties/no_container_leakage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.hermeticity.properties.no_container_leakage.type,parentSchema:schema99.properties.hermeticity.properties.no_container_leakage,data:data48};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data47.no_network_leakage !== undefined){
let data49 = data47.no_network_leakage;
if(typeof data49 !== "boolean"){
const err94 = {instancePath:instancePath+"/hermeticity/no_network_leakage",schemaPath:"#/properties/hermeticity/properties/no_network_leakage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.hermeticity.properties.no_network_leakage.type,parentSchema:schema99.properties.hermeticity.properties.no_network_leakage,data:data49};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data47.no_volume_leakage !== undefined){
let data50 = data47.no_volume_leakage;
if(typeof data50 !== "boolean"){
const err95 = {instancePath:instancePath+"/hermeticity/no_volume_leakage",schemaPath:"#/properties/hermeticity/properties/no_volume_leakage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.hermeticity.properties.no_volume_leakage.type,parentSchema:schema99.properties.hermeticity.properties.no_volume_leakage,data:data50};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data47.no_process_leakage !== undefined){
let data51 = data47.no_process_leakage;
if(typeof data51 !== "boolean"){
const err96 = {instancePath:instancePath+"/hermeticity/no_process_leakage",schemaPath:"#/properties/hermeticity/properties/no_process_leakage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.hermeticity.properties.no_process_leakage.type,parentSchema:schema99.properties.hermeticity.properties.no_process_leakage,data:data51};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data47.no_external_services !== undefined){
let data52 = data47.no_external_services;
if(typeof data52 !== "boolean"){
const err97 = {instancePath:instancePath+"/hermeticity/no_external_services",schemaPath:"#/properties/hermeticity/properties/no_external_services/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.hermeticity.properties.no_external_services.type,parentSchema:schema99.properties.hermeticity.properties.no_external_services,data:data52};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data47.resource_attrs_must_match !== undefined){
if(!(validate41(data47.resource_attrs_must_match, {instancePath:instancePath+"/hermeticity/resource_attrs_must_match",parentData:data47,parentDataProperty:"resource_attrs_must_match",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data47.span_attrs_forbid_keys !== undefined){
let data54 = data47.span_attrs_forbid_keys;
if(Array.isArray(data54)){
const len11 = data54.length;
for(let i11=0; i11<len11; i11++){
let data55 = data54[i11];
if(typeof data55 !== "string"){
const err98 = {instancePath:instancePath+"/hermeticity/span_attrs_forbid_keys/" + i11,schemaPath:"#/properties/hermeticity/properties/span_attrs_forbid_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.hermeticity.properties.span_attrs_forbid_keys.items.type,parentSchema:schema99.properties.hermeticity.properties.span_attrs_forbid_keys.items,data:data55};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/hermeticity/span_attrs_forbid_keys",schemaPath:"#/properties/hermeticity/properties/span_attrs_forbid_keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.hermeticity.properties.span_attrs_forbid_keys.type,parentSchema:schema99.properties.hermeticity.properties.span_attrs_forbid_keys,data:data54};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/hermeticity",schemaPath:"#/properties/hermeticity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.hermeticity.type,parentSchema:schema99.properties.hermeticity,data:data47};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.consistency !== undefined){
let data56 = data.consistency;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.present_step === undefined){
const err101 = {instancePath:instancePath+"/consistency",schemaPath:"#/properties/consistency/required",keyword:"required",params:{missingProperty: "present_step"},message:"must have required property '"+"present_step"+"'",schema:schema99.properties.consistency.required,parentSchema:schema99.properties.consistency,data:data56};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data56.present_regex === undefined){
const err102 = {instancePath:instancePath+"/consistency",schemaPath:"#/properties/consistency/required",keyword:"required",params:{missingProperty: "present_regex"},message:"must have required property '"+"present_regex"+"'",schema:schema99.properties.consistency.required,parentSchema:schema99.properties.consistency,data:data56};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key13 in data56){
if(!(func1.call(schema99.properties.consistency.properties, key13))){
const err103 = {instancePath:instancePath+"/consistency",schemaPath:"#/properties/consistency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.consistency,data:data56};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data56.ack_steps !== undefined){
let data57 = data56.ack_steps;
if(Array.isArray(data57)){
if(data57.length < 1){
const err104 = {instancePath:instancePath+"/consistency/ack_steps",schemaPath:"#/properties/consistency/properties/ack_steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema99.properties.consistency.properties.ack_steps,data:data57};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
const len12 = data57.length;
for(let i12=0; i12<len12; i12++){
let data58 = data57[i12];
if(typeof data58 === "string"){
if((data58.length < 2 && func2(data58) < 1)){
const err105 = {instancePath:instancePath+"/consistency/ack_steps/" + i12,schemaPath:"#/properties/consistency/properties/ack_steps/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.consistency.properties.ack_steps.items,data:data58};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/consistency/ack_steps/" + i12,schemaPath:"#/properties/consistency/properties/ack_steps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.consistency.properties.ack_steps.items.type,parentSchema:schema99.properties.consistency.properties.ack_steps.items,data:data58};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/consistency/ack_steps",schemaPath:"#/properties/consistency/properties/ack_steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.consistency.properties.ack_steps.type,parentSchema:schema99.properties.consistency.properties.ack_steps,data:data57};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data56.ack_regex !== undefined){
let data59 = data56.ack_regex;
if(typeof data59 === "string"){
if(!(formats4(data59))){
const err108 = {instancePath:instancePath+"/consistency/ack_regex",schemaPath:"#/properties/consistency/properties/ack_regex/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\"",schema:"regex",parentSchema:schema99.properties.consistency.properties.ack_regex,data:data59};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/consistency/ack_regex",schemaPath:"#/properties/consistency/properties/ack_regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.consistency.properties.ack_regex.type,parentSchema:schema99.properties.consistency.properties.ack_regex,data:data59};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data56.ack_span !== undefined){
let data60 = data56.ack_span;
if(typeof data60 === "string"){
if((data60.length < 2 && func2(data60) < 1)){
const err110 = {instancePath:instancePath+"/consistency/ack_span",schemaPath:"#/properties/consistency/properties/ack_span/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.consistency.properties.ack_span,data:data60};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/consistency/ack_span",schemaPath:"#/properties/consistency/properties/ack_span/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.consistency.properties.ack_span.type,parentSchema:schema99.properties.consistency.properties.ack_span,data:data60};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data56.key_attr !== undefined){
let data61 = data56.key_attr;
if(typeof data61 === "string"){
if((data61.length < 2 && func2(data61) < 1)){
const err112 = {instancePath:instancePath+"/consistency/key_attr",schemaPath:"#/properties/consistency/properties/key_attr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.consistency.properties.key_attr,data:data61};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/consistency/key_attr",schemaPath:"#/properties/consistency/properties/key_attr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.consistency.properties.key_attr.type,parentSchema:schema99.properties.consistency.properties.key_attr,data:data61};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data56.present_step !== undefined){
let data62 = data56.present_step;
if(typeof data62 === "string"){
if((data62.length < 2 && func2(data62) < 1)){
const err114 = {instancePath:instancePath+"/consistency/present_step",schemaPath:"#/properties/consistency/properties/present_step/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.consistency.properties.present_step,data:data62};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/consistency/present_step",schemaPath:"#/properties/consistency/properties/present_step/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.consistency.properties.present_step.type,parentSchema:schema99.properties.consistency.properties.present_step,data:data62};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data56.present_regex !== undefined){
let data63 = data56.present_regex;
if(typeof data63 === "string"){
if(!(formats4(data63))){
const err116 = {instancePath:instancePath+"/consistency/present_regex",schemaPath:"#/properties/consistency/properties/present_regex/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\"",schema:"regex",parentSchema:schema99.properties.consistency.properties.present_regex,data:data63};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/consistency/present_regex",schemaPath:"#/properties/consistency/properties/present_regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.consistency.properties.present_regex.type,parentSchema:schema99.properties.consistency.properties.present_regex,data:data63};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data56.lost !== undefined){
if(!(validate48(data56.lost, {instancePath:instancePath+"/consistency/lost",parentData:data56,parentDataProperty:"lost",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data56.duplicated !== undefined){
if(!(validate48(data56.duplicated, {instancePath:instancePath+"/consistency/duplicated",parentData:data56,parentDataProperty:"duplicated",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data56.unexpected !== undefined){
if(!(validate48(data56.unexpected, {instancePath:instancePath+"/consistency/unexpected",parentData:data56,parentDataProperty:"unexpected",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data56.expect_failure !== undefined){
let data67 = data56.expect_failure;
if(typeof data67 !== "boolean"){
const err118 = {instancePath:instancePath+"/consistency/expect_failure",schemaPath:"#/properties/consistency/properties/expect_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.consistency.properties.expect_failure.type,parentSchema:schema99.properties.consistency.properties.expect_failure,data:data67};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/consistency",schemaPath:"#/properties/consistency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.consistency.type,parentSchema:schema99.properties.consistency,data:data56};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.kpi !== undefined){
let data68 = data.kpi;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key14 in data68){
if(!(((((key14 === "mttd_ms") || (key14 === "mttr_ms")) || (key14 === "availability_pct")) || (key14 === "recovery_rate_pct")) || (key14 === "error_budget_used_pct"))){
const err120 = {instancePath:instancePath+"/kpi",schemaPath:"#/properties/kpi/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.kpi,data:data68};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data68.mttd_ms !== undefined){
let data69 = data68.mttd_ms;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(Object.keys(data69).length < 1){
const err121 = {instancePath:instancePath+"/kpi/mttd_ms",schemaPath:"#/$defs/kpiBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema118,data:data69};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key15 in data69){
if(!((key15 === "min") || (key15 === "max"))){
const err122 = {instancePath:instancePath+"/kpi/mttd_ms",schemaPath:"#/$defs/kpiBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema118,data:data69};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data69.min !== undefined){
let data70 = data69.min;
if(typeof data70 == "number"){
if(data70 < 0 || isNaN(data70)){
const err123 = {instancePath:instancePath+"/kpi/mttd_ms/min",schemaPath:"#/$defs/kpiBound/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.min,data:data70};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/kpi/mttd_ms/min",schemaPath:"#/$defs/kpiBound/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.min.type,parentSchema:schema118.properties.min,data:data70};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data69.max !== undefined){
let data71 = data69.max;
if(typeof data71 == "number"){
if(data71 < 0 || isNaN(data71)){
const err125 = {instancePath:instancePath+"/kpi/mttd_ms/max",schemaPath:"#/$defs/kpiBound/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.max,data:data71};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/kpi/mttd_ms/max",schemaPath:"#/$defs/kpiBound/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.max.type,parentSchema:schema118.properties.max,data:data71};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/kpi/mttd_ms",schemaPath:"#/$defs/kpiBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema118.type,parentSchema:schema118,data:data69};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data68.mttr_ms !== undefined){
let data72 = data68.mttr_ms;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(Object.keys(data72).length < 1){
const err128 = {instancePath:instancePath+"/kpi/mttr_ms",schemaPath:"#/$defs/kpiBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema118,data:data72};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
for(const key16 in data72){
if(!((key16 === "min") || (key16 === "max"))){
const err129 = {instancePath:instancePath+"/kpi/mttr_ms",schemaPath:"#/$defs/kpiBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema118,data:data72};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data72.min !== undefined){
let data73 = data72.min;
if(typeof data73 == "number"){
if(data73 < 0 || isNaN(data73)){
const err130 = {instancePath:instancePath+"/kpi/mttr_ms/min",schemaPath:"#/$defs/kpiBound/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.min,data:data73};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/kpi/mttr_ms/min",schemaPath:"#/$defs/kpiBound/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.min.type,parentSchema:schema118.properties.min,data:data73};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data72.max !== undefined){
let data74 = data72.max;
if(typeof data74 == "number"){
if(data74 < 0 || isNaN(data74)){
const err132 = {instancePath:instancePath+"/kpi/mttr_ms/max",schemaPath:"#/$defs/kpiBound/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.max,data:data74};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/kpi/mttr_ms/max",schemaPath:"#/$defs/kpiBound/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.max.type,parentSchema:schema118.properties.max,data:data74};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/kpi/mttr_ms",schemaPath:"#/$defs/kpiBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema118.type,parentSchema:schema118,data:data72};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data68.availability_pct !== undefined){
let data75 = data68.availability_pct;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(Object.keys(data75).length < 1){
const err135 = {instancePath:instancePath+"/kpi/availability_pct",schemaPath:"#/$defs/kpiBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema118,data:data75};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
for(const key17 in data75){
if(!((key17 === "min") || (key17 === "max"))){
const err136 = {instancePath:instancePath+"/kpi/availability_pct",schemaPath:"#/$defs/kpiBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema118,data:data75};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data75.min !== undefined){
let data76 = data75.min;
if(typeof data76 == "number"){
if(data76 < 0 || isNaN(data76)){
const err137 = {instancePath:instancePath+"/kpi/availability_pct/min",schemaPath:"#/$defs/kpiBound/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.min,data:data76};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/kpi/availability_pct/min",schemaPath:"#/$defs/kpiBound/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.min.type,parentSchema:schema118.properties.min,data:data76};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data75.max !== undefined){
let data77 = data75.max;
if(typeof data77 == "number"){
if(data77 < 0 || isNaN(data77)){
const err139 = {instancePath:instancePath+"/kpi/availability_pct/max",schemaPath:"#/$defs/kpiBound/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.max,data:data77};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/kpi/availability_pct/max",schemaPath:"#/$defs/kpiBound/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.max.type,parentSchema:schema118.properties.max,data:data77};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/kpi/availability_pct",schemaPath:"#/$defs/kpiBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema118.type,parentSchema:schema118,data:data75};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data68.recovery_rate_pct !== undefined){
let data78 = data68.recovery_rate_pct;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(Object.keys(data78).length < 1){
const err142 = {instancePath:instancePath+"/kpi/recovery_rate_pct",schemaPath:"#/$defs/kpiBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema118,data:data78};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
for(const key18 in data78){
if(!((key18 === "min") || (key18 === "max"))){
const err143 = {instancePath:instancePath+"/kpi/recovery_rate_pct",schemaPath:"#/$defs/kpiBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema118,data:data78};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data78.min !== undefined){
let data79 = data78.min;
if(typeof data79 == "number"){
if(data79 < 0 || isNaN(data79)){
const err144 = {instancePath:instancePath+"/kpi/recovery_rate_pct/min",schemaPath:"#/$defs/kpiBound/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.min,data:data79};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/kpi/recovery_rate_pct/min",schemaPath:"#/$defs/kpiBound/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.min.type,parentSchema:schema118.properties.min,data:data79};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data78.max !== undefined){
let data80 = data78.max;
if(typeof data80 == "number"){
if(data80 < 0 || isNaN(data80)){
const err146 = {instancePath:instancePath+"/kpi/recovery_rate_pct/max",schemaPath:"#/$defs/kpiBound/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.max,data:data80};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/kpi/recovery_rate_pct/max",schemaPath:"#/$defs/kpiBound/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.max.type,parentSchema:schema118.properties.max,data:data80};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/kpi/recovery_rate_pct",schemaPath:"#/$defs/kpiBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema118.type,parentSchema:schema118,data:data78};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data68.error_budget_used_pct !== undefined){
let data81 = data68.error_budget_used_pct;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(Object.keys(data81).length < 1){
const err149 = {instancePath:instancePath+"/kpi/error_budget_used_pct",schemaPath:"#/$defs/kpiBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema118,data:data81};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
for(const key19 in data81){
if(!((key19 === "min") || (key19 === "max"))){
const err150 = {instancePath:instancePath+"/kpi/error_budget_used_pct",schemaPath:"#/$defs/kpiBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema118,data:data81};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data81.min !== undefined){
let data82 = data81.min;
if(typeof data82 == "number"){
if(data82 < 0 || isNaN(data82)){
const err151 = {instancePath:instancePath+"/kpi/error_budget_used_pct/min",schemaPath:"#/$defs/kpiBound/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.min,data:data82};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/kpi/error_budget_used_pct/min",schemaPath:"#/$defs/kpiBound/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.min.type,parentSchema:schema118.properties.min,data:data82};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data81.max !== undefined){
let data83 = data81.max;
if(typeof data83 == "number"){
if(data83 < 0 || isNaN(data83)){
const err153 = {instancePath:instancePath+"/kpi/error_budget_used_pct/max",schemaPath:"#/$defs/kpiBound/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema118.properties.max,data:data83};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/kpi/error_budget_used_pct/max",schemaPath:"#/$defs/kpiBound/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.properties.max.type,parentSchema:schema118.properties.max,data:data83};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/kpi/error_budget_used_pct",schemaPath:"#/$defs/kpiBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema118.type,parentSchema:schema118,data:data81};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/kpi",schemaPath:"#/properties/kpi/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.kpi.type,parentSchema:schema99.properties.kpi,data:data68};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data.supervision !== undefined){
let data84 = data.supervision;
if(Array.isArray(data84)){
const len13 = data84.length;
for(let i13=0; i13<len13; i13++){
let data85 = data84[i13];
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85.service === undefined){
const err157 = {instancePath:instancePath+"/supervision/" + i13,schemaPath:"#/properties/supervision/items/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema99.properties.supervision.items.required,parentSchema:schema99.properties.supervision.items,data:data85};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data85.back_within_ms === undefined){
const err158 = {instancePath:instancePath+"/supervision/" + i13,schemaPath:"#/properties/supervision/items/required",keyword:"required",params:{missingProperty: "back_within_ms"},message:"must have required property '"+"back_within_ms"+"'",schema:schema99.properties.supervision.items.required,parentSchema:schema99.properties.supervision.items,data:data85};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
for(const key20 in data85){
if(!(((key20 === "service") || (key20 === "back_within_ms")) || (key20 === "max_restarts_per_minute"))){
const err159 = {instancePath:instancePath+"/supervision/" + i13,schemaPath:"#/properties/supervision/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.supervision.items,data:data85};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data85.service !== undefined){
let data86 = data85.service;
if(typeof data86 === "string"){
if((data86.length < 2 && func2(data86) < 1)){
const err160 = {instancePath:instancePath+"/supervision/" + i13+"/service",schemaPath:"#/properties/supervision/items/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.supervision.items.properties.service,data:data86};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/supervision/" + i13+"/service",schemaPath:"#/properties/supervision/items/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.supervision.items.properties.service.type,parentSchema:schema99.properties.supervision.items.properties.service,data:data86};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data85.back_within_ms !== undefined){
let data87 = data85.back_within_ms;
if(!((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87)))){
const err162 = {instancePath:instancePath+"/supervision/" + i13+"/back_within_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data87};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(typeof data87 == "number"){
if(data87 > 86400000 || isNaN(data87)){
const err163 = {instancePath:instancePath+"/supervision/" + i13+"/back_within_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data87};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data87 < 0 || isNaN(data87)){
const err164 = {instancePath:instancePath+"/supervision/" + i13+"/back_within_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data87};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
if(data85.max_restarts_per_minute !== undefined){
let data88 = data85.max_restarts_per_minute;
if(!((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88)))){
const err165 = {instancePath:instancePath+"/supervision/" + i13+"/max_restarts_per_minute",schemaPath:"#/properties/supervision/items/properties/max_restarts_per_minute/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema99.properties.supervision.items.properties.max_restarts_per_minute.type,parentSchema:schema99.properties.supervision.items.properties.max_restarts_per_minute,data:data88};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(typeof data88 == "number"){
if(data88 < 0 || isNaN(data88)){
const err166 = {instancePath:instancePath+"/supervision/" + i13+"/max_restarts_per_minute",schemaPath:"#/properties/supervision/items/properties/max_restarts_per_minute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema99.properties.supervision.items.properties.max_restarts_per_minute,data:data88};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
}
else {
const err167 = {instancePath:instancePath+"/supervision/" + i13,schemaPath:"#/properties/supervision/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.supervision.items.type,parentSchema:schema99.properties.supervision.items,data:data85};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/supervision",schemaPath:"#/properties/supervision/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.supervision.type,parentSchema:schema99.properties.supervision,data:data84};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data.during !== undefined){
let data89 = data.during;
if(Array.isArray(data89)){
const len14 = data89.length;
for(let i14=0; i14<len14; i14++){
let data90 = data89[i14];
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.name === undefined){
const err169 = {instancePath:instancePath+"/during/" + i14,schemaPath:"#/properties/during/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema99.properties.during.items.required,parentSchema:schema99.properties.during.items,data:data90};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
for(const key21 in data90){
if(!(func1.call(schema99.properties.during.items.properties, key21))){
const err170 = {instancePath:instancePath+"/during/" + i14,schemaPath:"#/properties/during/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.during.items,data:data90};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data90.fault !== undefined){
let data91 = data90.fault;
if(typeof data91 === "string"){
if((data91.length > 128 && func2(data91) > 128)){
const err171 = {instancePath:instancePath+"/during/" + i14+"/fault",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data91};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(!pattern4.test(data91)){
const err172 = {instancePath:instancePath+"/during/" + i14+"/fault",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data91};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/during/" + i14+"/fault",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data91};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data90.during_all !== undefined){
let data92 = data90.during_all;
if(Array.isArray(data92)){
if(data92.length < 2){
const err174 = {instancePath:instancePath+"/during/" + i14+"/during_all",schemaPath:"#/properties/during/items/properties/during_all/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema99.properties.during.items.properties.during_all,data:data92};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
const len15 = data92.length;
for(let i15=0; i15<len15; i15++){
let data93 = data92[i15];
if(typeof data93 === "string"){
if((data93.length > 128 && func2(data93) > 128)){
const err175 = {instancePath:instancePath+"/during/" + i14+"/during_all/" + i15,schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data93};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(!pattern4.test(data93)){
const err176 = {instancePath:instancePath+"/during/" + i14+"/during_all/" + i15,schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data93};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/during/" + i14+"/during_all/" + i15,schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data93};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/during/" + i14+"/during_all",schemaPath:"#/properties/during/items/properties/during_all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.during.items.properties.during_all.type,parentSchema:schema99.properties.during.items.properties.during_all,data:data92};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data90.during_any !== undefined){
let data94 = data90.during_any;
if(Array.isArray(data94)){
if(data94.length < 2){
const err179 = {instancePath:instancePath+"/during/" + i14+"/during_any",schemaPath:"#/properties/during/items/properties/during_any/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema99.properties.during.items.properties.during_any,data:data94};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
const len16 = data94.length;
for(let i16=0; i16<len16; i16++){
let data95 = data94[i16];
if(typeof data95 === "string"){
if((data95.length > 128 && func2(data95) > 128)){
const err180 = {instancePath:instancePath+"/during/" + i14+"/during_any/" + i16,schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data95};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(!pattern4.test(data95)){
const err181 = {instancePath:instancePath+"/during/" + i14+"/during_any/" + i16,schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data95};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/during/" + i14+"/during_any/" + i16,schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data95};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath:instancePath+"/during/" + i14+"/during_any",schemaPath:"#/properties/during/items/properties/during_any/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.during.items.properties.during_any.type,parentSchema:schema99.properties.during.items.properties.during_any,data:data94};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data90.overlap !== undefined){
let data96 = data90.overlap;
if(!((data96 === "overlaps") || (data96 === "contained"))){
const err184 = {instancePath:instancePath+"/during/" + i14+"/overlap",schemaPath:"#/properties/during/items/properties/overlap/enum",keyword:"enum",params:{allowedValues: schema99.properties.during.items.properties.overlap.enum},message:"must be equal to one of the allowed values",schema:schema99.properties.during.items.properties.overlap.enum,parentSchema:schema99.properties.during.items.properties.overlap,data:data96};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data90.name !== undefined){
let data97 = data90.name;
if(typeof data97 === "string"){
if((data97.length < 2 && func2(data97) < 1)){
const err185 = {instancePath:instancePath+"/during/" + i14+"/name",schemaPath:"#/properties/during/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.during.items.properties.name,data:data97};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
else {
const err186 = {instancePath:instancePath+"/during/" + i14+"/name",schemaPath:"#/properties/during/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.during.items.properties.name.type,parentSchema:schema99.properties.during.items.properties.name,data:data97};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data90.parent !== undefined){
let data98 = data90.parent;
if(typeof data98 === "string"){
if((data98.length < 2 && func2(data98) < 1)){
const err187 = {instancePath:instancePath+"/during/" + i14+"/parent",schemaPath:"#/properties/during/items/properties/parent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.during.items.properties.parent,data:data98};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/during/" + i14+"/parent",schemaPath:"#/properties/during/items/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.during.items.properties.parent.type,parentSchema:schema99.properties.during.items.properties.parent,data:data98};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data90.ancestor !== undefined){
let data99 = data90.ancestor;
if(typeof data99 === "string"){
if((data99.length < 2 && func2(data99) < 1)){
const err189 = {instancePath:instancePath+"/during/" + i14+"/ancestor",schemaPath:"#/properties/during/items/properties/ancestor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.during.items.properties.ancestor,data:data99};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/during/" + i14+"/ancestor",schemaPath:"#/properties/during/items/properties/ancestor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.during.items.properties.ancestor.type,parentSchema:schema99.properties.during.items.properties.ancestor,data:data99};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data90.kind !== undefined){
let data100 = data90.kind;
if(!(((((data100 === "internal") || (data100 === "server")) || (data100 === "client")) || (data100 === "producer")) || (data100 === "consumer"))){
const err191 = {instancePath:instancePath+"/during/" + i14+"/kind",schemaPath:"#/properties/during/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema99.properties.during.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema99.properties.during.items.properties.kind.enum,parentSchema:schema99.properties.during.items.properties.kind,data:data100};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data90.status !== undefined){
let data101 = data90.status;
if(!(((data101 === "OK") || (data101 === "ERROR")) || (data101 === "UNSET"))){
const err192 = {instancePath:instancePath+"/during/" + i14+"/status",schemaPath:"#/properties/during/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema99.properties.during.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema99.properties.during.items.properties.status.enum,parentSchema:schema99.properties.during.items.properties.status,data:data101};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data90.attrs !== undefined){
let data102 = data90.attrs;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
for(const key22 in data102){
if(!(((key22 === "all") || (key22 === "any")) || (key22 === "none"))){
const err193 = {instancePath:instancePath+"/during/" + i14+"/attrs",schemaPath:"#/properties/during/items/properties/attrs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.during.items.properties.attrs,data:data102};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data102.all !== undefined){
if(!(validate41(data102.all, {instancePath:instancePath+"/during/" + i14+"/attrs/all",parentData:data102,parentDataProperty:"all",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data102.any !== undefined){
if(!(validate41(data102.any, {instancePath:instancePath+"/during/" + i14+"/attrs/any",parentData:data102,parentDataProperty:"any",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data102.none !== undefined){
let data105 = data102.none;
if(Array.isArray(data105)){
const len17 = data105.length;
for(let i17=0; i17<len17; i17++){
let data106 = data105[i17];
if(typeof data106 !== "string"){
const err194 = {instancePath:instancePath+"/during/" + i14+"/attrs/none/" + i17,schemaPath:"#/properties/during/items/properties/attrs/properties/none/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.during.items.properties.attrs.properties.none.items.type,parentSchema:schema99.properties.during.items.properties.attrs.properties.none.items,data:data106};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
else {
const err195 = {instancePath:instancePath+"/during/" + i14+"/attrs/none",schemaPath:"#/properties/during/items/properties/attrs/properties/none/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.during.items.properties.attrs.properties.none.type,parentSchema:schema99.properties.during.items.properties.attrs.properties.none,data:data105};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/during/" + i14+"/attrs",schemaPath:"#/properties/during/items/properties/attrs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.during.items.properties.attrs.type,parentSchema:schema99.properties.during.items.properties.attrs,data:data102};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data90.events !== undefined){
let data107 = data90.events;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key23 in data107){
if(!((key23 === "all") || (key23 === "any"))){
const err197 = {instancePath:instancePath+"/during/" + i14+"/events",schemaPath:"#/properties/during/items/properties/events/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.during.items.properties.events,data:data107};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data107.all !== undefined){
let data108 = data107.all;
if(Array.isArray(data108)){
const len18 = data108.length;
for(let i18=0; i18<len18; i18++){
let data109 = data108[i18];
if(typeof data109 !== "string"){
const err198 = {instancePath:instancePath+"/during/" + i14+"/events/all/" + i18,schemaPath:"#/properties/during/items/properties/events/properties/all/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.during.items.properties.events.properties.all.items.type,parentSchema:schema99.properties.during.items.properties.events.properties.all.items,data:data109};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
else {
const err199 = {instancePath:instancePath+"/during/" + i14+"/events/all",schemaPath:"#/properties/during/items/properties/events/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.during.items.properties.events.properties.all.type,parentSchema:schema99.properties.during.items.properties.events.properties.all,data:data108};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data107.any !== undefined){
let data110 = data107.any;
if(Array.isArray(data110)){
const len19 = data110.length;
for(let i19=0; i19<len19; i19++){
let data111 = data110[i19];
if(typeof data111 !== "string"){
const err200 = {instancePath:instancePath+"/during/" + i14+"/events/any/" + i19,schemaPath:"#/properties/during/items/properties/events/properties/any/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.during.items.properties.events.properties.any.items.type,parentSchema:schema99.properties.during.items.properties.events.properties.any.items,data:data111};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
else {
const err201 = {instancePath:instancePath+"/during/" + i14+"/events/any",schemaPath:"#/properties/during/items/properties/events/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.during.items.properties.events.properties.any.type,parentSchema:schema99.properties.during.items.properties.events.properties.any,data:data110};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
else {
const err202 = {instancePath:instancePath+"/during/" + i14+"/events",schemaPath:"#/properties/during/items/properties/events/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.during.items.properties.events.type,parentSchema:schema99.properties.during.items.properties.events,data:data107};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data90.duration_ms !== undefined){
let data112 = data90.duration_ms;
if(data112 && typeof data112 == "object" && !Array.isArray(data112)){
if(Object.keys(data112).length < 1){
const err203 = {instancePath:instancePath+"/during/" + i14+"/duration_ms",schemaPath:"#/properties/during/items/properties/duration_ms/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema99.properties.during.items.properties.duration_ms,data:data112};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
for(const key24 in data112){
if(!((key24 === "min") || (key24 === "max"))){
const err204 = {instancePath:instancePath+"/during/" + i14+"/duration_ms",schemaPath:"#/properties/during/items/properties/duration_ms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.during.items.properties.duration_ms,data:data112};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data112.min !== undefined){
let data113 = data112.min;
if(typeof data113 == "number"){
if(data113 < 0 || isNaN(data113)){
const err205 = {instancePath:instancePath+"/during/" + i14+"/duration_ms/min",schemaPath:"#/properties/during/items/properties/duration_ms/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema99.properties.during.items.properties.duration_ms.properties.min,data:data113};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/during/" + i14+"/duration_ms/min",schemaPath:"#/properties/during/items/properties/duration_ms/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema99.properties.during.items.properties.duration_ms.properties.min.type,parentSchema:schema99.properties.during.items.properties.duration_ms.properties.min,data:data113};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data112.max !== undefined){
let data114 = data112.max;
if(typeof data114 == "number"){
if(data114 < 0 || isNaN(data114)){
const err207 = {instancePath:instancePath+"/during/" + i14+"/duration_ms/max",schemaPath:"#/properties/during/items/properties/duration_ms/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema99.properties.during.items.properties.duration_ms.properties.max,data:data114};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/during/" + i14+"/duration_ms/max",schemaPath:"#/properties/during/items/properties/duration_ms/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema99.properties.during.items.properties.duration_ms.properties.max.type,parentSchema:schema99.properties.during.items.properties.duration_ms.properties.max,data:data114};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
else {
const err209 = {instancePath:instancePath+"/during/" + i14+"/duration_ms",schemaPath:"#/properties/during/items/properties/duration_ms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.during.items.properties.duration_ms.type,parentSchema:schema99.properties.during.items.properties.duration_ms,data:data112};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data90.count !== undefined){
let data115 = data90.count;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(Object.keys(data115).length < 1){
const err210 = {instancePath:instancePath+"/during/" + i14+"/count",schemaPath:"#/$defs/countBound/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema106,data:data115};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
for(const key25 in data115){
if(!(((key25 === "eq") || (key25 === "gte")) || (key25 === "lte"))){
const err211 = {instancePath:instancePath+"/during/" + i14+"/count",schemaPath:"#/$defs/countBound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data115};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data115.eq !== undefined){
let data116 = data115.eq;
if(!((typeof data116 == "number") && (!(data116 % 1) && !isNaN(data116)))){
const err212 = {instancePath:instancePath+"/during/" + i14+"/count/eq",schemaPath:"#/$defs/countBound/properties/eq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.eq.type,parentSchema:schema106.properties.eq,data:data116};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(typeof data116 == "number"){
if(data116 < 0 || isNaN(data116)){
const err213 = {instancePath:instancePath+"/during/" + i14+"/count/eq",schemaPath:"#/$defs/countBound/properties/eq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.eq,data:data116};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
if(data115.gte !== undefined){
let data117 = data115.gte;
if(!((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117)))){
const err214 = {instancePath:instancePath+"/during/" + i14+"/count/gte",schemaPath:"#/$defs/countBound/properties/gte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.gte.type,parentSchema:schema106.properties.gte,data:data117};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(typeof data117 == "number"){
if(data117 < 0 || isNaN(data117)){
const err215 = {instancePath:instancePath+"/during/" + i14+"/count/gte",schemaPath:"#/$defs/countBound/properties/gte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.gte,data:data117};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
if(data115.lte !== undefined){
let data118 = data115.lte;
if(!((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118)))){
const err216 = {instancePath:instancePath+"/during/" + i14+"/count/lte",schemaPath:"#/$defs/countBound/properties/lte/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.lte.type,parentSchema:schema106.properties.lte,data:data118};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(typeof data118 == "number"){
if(data118 < 0 || isNaN(data118)){
const err217 = {instancePath:instancePath+"/during/" + i14+"/count/lte",schemaPath:"#/$defs/countBound/properties/lte/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.lte,data:data118};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
}
else {
const err218 = {instancePath:instancePath+"/during/" + i14+"/count",schemaPath:"#/$defs/countBound/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data115};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
else {
const err219 = {instancePath:instancePath+"/during/" + i14,schemaPath:"#/properties/during/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.during.items.type,parentSchema:schema99.properties.during.items,data:data90};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/during",schemaPath:"#/properties/during/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.during.type,parentSchema:schema99.properties.during,data:data89};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data.after !== undefined){
let data119 = data.after;
if(Array.isArray(data119)){
const len20 = data119.length;
for(let i20=0; i20<len20; i20++){
let data120 = data119[i20];
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
if(data120.fault === undefined){
const err221 = {instancePath:instancePath+"/after/" + i20,schemaPath:"#/properties/after/items/required",keyword:"required",params:{missingProperty: "fault"},message:"must have required property '"+"fault"+"'",schema:schema99.properties.after.items.required,parentSchema:schema99.properties.after.items,data:data120};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
if(data120.within_ms === undefined){
const err222 = {instancePath:instancePath+"/after/" + i20,schemaPath:"#/properties/after/items/required",keyword:"required",params:{missingProperty: "within_ms"},message:"must have required property '"+"within_ms"+"'",schema:schema99.properties.after.items.required,parentSchema:schema99.properties.after.items,data:data120};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(data120.name === undefined){
const err223 = {instancePath:instancePath+"/after/" + i20,schemaPath:"#/properties/after/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema99.properties.after.items.required,parentSchema:schema99.properties.after.items,data:data120};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
for(const key26 in data120){
if(!(func1.call(schema99.properties.after.items.properties, key26))){
const err224 = {instancePath:instancePath+"/after/" + i20,schemaPath:"#/properties/after/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.after.items,data:data120};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data120.fault !== undefined){
let data121 = data120.fault;
if(typeof data121 === "string"){
if((data121.length > 128 && func2(data121) > 128)){
const err225 = {instancePath:instancePath+"/after/" + i20+"/fault",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data121};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(!pattern4.test(data121)){
const err226 = {instancePath:instancePath+"/after/" + i20+"/fault",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data121};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/after/" + i20+"/fault",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data121};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data120.within_ms !== undefined){
let data122 = data120.within_ms;
if(!((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122)))){
const err228 = {instancePath:instancePath+"/after/" + i20+"/within_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data122};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(typeof data122 == "number"){
if(data122 > 86400000 || isNaN(data122)){
const err229 = {instancePath:instancePath+"/after/" + i20+"/within_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data122};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if(data122 < 0 || isNaN(data122)){
const err230 = {instancePath:instancePath+"/after/" + i20+"/within_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data122};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
if(data120.name !== undefined){
let data123 = data120.name;
if(typeof data123 === "string"){
if((data123.length < 2 && func2(data123) < 1)){
const err231 = {instancePath:instancePath+"/after/" + i20+"/name",schemaPath:"#/properties/after/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.after.items.properties.name,data:data123};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
else {
const err232 = {instancePath:instancePath+"/after/" + i20+"/name",schemaPath:"#/properties/after/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.after.items.properties.name.type,parentSchema:schema99.properties.after.items.properties.name,data:data123};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data120.parent !== undefined){
let data124 = data120.parent;
if(typeof data124 === "string"){
if((data124.length < 2 && func2(data124) < 1)){
const err233 = {instancePath:instancePath+"/after/" + i20+"/parent",schemaPath:"#/properties/after/items/properties/parent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.after.items.properties.parent,data:data124};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
else {
const err234 = {instancePath:instancePath+"/after/" + i20+"/parent",schemaPath:"#/properties/after/items/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.after.items.properties.parent.type,parentSchema:schema99.properties.after.items.properties.parent,data:data124};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data120.ancestor !== undefined){
let data125 = data120.ancestor;
if(typeof data125 === "string"){
if((data125.length < 2 && func2(data125) < 1)){
const err235 = {instancePath:instancePath+"/after/" + i20+"/ancestor",schemaPath:"#/properties/after/items/properties/ancestor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.after.items.properties.ancestor,data:data125};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
else {
const err236 = {instancePath:instancePath+"/after/" + i20+"/ancestor",schemaPath:"#/properties/after/items/properties/ancestor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.after.items.properties.ancestor.type,parentSchema:schema99.properties.after.items.properties.ancestor,data:data125};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data120.kind !== undefined){
let data126 = data120.kind;
if(!(((((data126 === "internal") || (data126 === "server")) || (data126 === "client")) || (data126 === "producer")) || (data126 === "consumer"))){
const err237 = {instancePath:instancePath+"/after/" + i20+"/kind",schemaPath:"#/properties/after/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema99.properties.after.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema99.properties.after.items.properties.kind.enum,parentSchema:schema99.properties.after.items.properties.kind,data:data126};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data120.status !== undefined){
let data127 = data120.status;
if(!(((data127 === "OK") || (data127 === "ERROR")) || (data127 === "UNSET"))){
const err238 = {instancePath:instancePath+"/after/" + i20+"/status",schemaPath:"#/properties/after/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema99.properties.after.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema99.properties.after.items.properties.status.enum,parentSchema:schema99.properties.after.items.properties.status,data:data127};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data120.attrs !== undefined){
let data128 = data120.attrs;
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
for(const key27 in data128){
if(!(((key27 === "all") || (key27 === "any")) || (key27 === "none"))){
const err239 = {instancePath:instancePath+"/after/" + i20+"/attrs",schemaPath:"#/properties/after/items/properties/attrs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.after.items.properties.attrs,data:data128};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data128.all !== undefined){
if(!(validate41(data128.all, {instancePath:instancePath+"/after/" + i20+"/attrs/all",parentData:data128,parentDataProperty:"all",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data128.any !== undefined){
if(!(validate41(data128.any, {instancePath:instancePath+"/after/" + i20+"/attrs/any",parentData:data128,parentDataProperty:"any",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data128.none !== undefined){
let data131 = data128.none;
if(Array.isArray(data131)){
const len21 = data131.length;
for(let i21=0; i21<len21; i21++){
let data132 = data131[i21];
if(typeof data132 !== "string"){
const err240 = {instancePath:instancePath+"/after/" + i20+"/attrs/none/" + i21,schemaPath:"#/properties/after/items/properties/attrs/properties/none/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.after.items.properties.attrs.properties.none.items.type,parentSchema:schema99.properties.after.items.properties.attrs.properties.none.items,data:data132};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
else {
const err241 = {instancePath:instancePath+"/after/" + i20+"/attrs/none",schemaPath:"#/properties/after/items/properties/attrs/properties/none/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.after.items.properties.attrs.properties.none.type,parentSchema:schema99.properties.after.items.properties.attrs.properties.none,data:data131};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
else {
const err242 = {instancePath:instancePath+"/after/" + i20+"/attrs",schemaPath:"#/properties/after/items/properties/attrs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.after.items.properties.attrs.type,parentSchema:schema99.properties.after.items.properties.attrs,data:data128};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data120.events !== undefined){
let data133 = data120.events;
if(data133 && typeof data133 == "object" && !Array.isArray(data133)){
for(const key28 in data133){
if(!((key28 === "all") || (key28 === "any"))){
const err243 = {instancePath:instancePath+"/after/" + i20+"/events",schemaPath:"#/properties/after/items/properties/events/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.after.items.properties.events,data:data133};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data133.all !== undefined){
let data134 = data133.all;
if(Array.isArray(data134)){
const len22 = data134.length;
for(let i22=0; i22<len22; i22++){
let data135 = data134[i22];
if(typeof data135 !== "string"){
const err244 = {instancePath:instancePath+"/after/" + i20+"/events/all/" + i22,schemaPath:"#/properties/after/items/properties/events/properties/all/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.after.items.properties.events.properties.all.items.type,parentSchema:schema99.properties.after.items.properties.events.properties.all.items,data:data135};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
else {
const err245 = {instancePath:instancePath+"/after/" + i20+"/events/all",schemaPath:"#/properties/after/items/properties/events/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.after.items.properties.events.properties.all.type,parentSchema:schema99.properties.after.items.properties.events.properties.all,data:data134};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data133.any !== undefined){
let data136 = data133.any;
if(Array.isArray(data136)){
const len23 = data136.length;
for(let i23=0; i23<len23; i23++){
let data137 = data136[i23];
if(typeof data137 !== "string"){
const err246 = {instancePath:instancePath+"/after/" + i20+"/events/any/" + i23,schemaPath:"#/properties/after/items/properties/events/properties/any/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.after.items.properties.events.properties.any.items.type,parentSchema:schema99.properties.after.items.properties.events.properties.any.items,data:data137};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
else {
const err247 = {instancePath:instancePath+"/after/" + i20+"/events/any",schemaPath:"#/properties/after/items/properties/events/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.after.items.properties.events.properties.any.type,parentSchema:schema99.properties.after.items.properties.events.properties.any,data:data136};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath:instancePath+"/after/" + i20+"/events",schemaPath:"#/properties/after/items/properties/events/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.after.items.properties.events.type,parentSchema:schema99.properties.after.items.properties.events,data:data133};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data120.duration_ms !== undefined){
let data138 = data120.duration_ms;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
if(Object.keys(data138).length < 1){
const err249 = {instancePath:instancePath+"/after/" + i20+"/duration_ms",schemaPath:"#/properties/after/items/properties/duration_ms/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema99.properties.after.items.properties.duration_ms,data:data138};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
for(const key29 in data138){
if(!((key29 === "min") || (key29 === "max"))){
const err250 = {instancePath:instancePath+"/after/" + i20+"/duration_ms",schemaPath:"#/properties/after/items/properties/duration_ms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.after.items.properties.duration_ms,data:data138};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data138.min !== undefined){
let data139 = data138.min;
if(typeof data139 == "number"){
if(data139 < 0 || isNaN(data139)){
const err251 = {instancePath:instancePath+"/after/" + i20+"/duration_ms/min",schemaPath:"#/properties/after/items/properties/duration_ms/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema99.properties.after.items.properties.duration_ms.properties.min,data:data139};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
else {
const err252 = {instancePath:instancePath+"/after/" + i20+"/duration_ms/min",schemaPath:"#/properties/after/items/properties/duration_ms/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema99.properties.after.items.properties.duration_ms.properties.min.type,parentSchema:schema99.properties.after.items.properties.duration_ms.properties.min,data:data139};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data138.max !== undefined){
let data140 = data138.max;
if(typeof data140 == "number"){
if(data140 < 0 || isNaN(data140)){
const err253 = {instancePath:instancePath+"/after/" + i20+"/duration_ms/max",schemaPath:"#/properties/after/items/properties/duration_ms/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema99.properties.after.items.properties.duration_ms.properties.max,data:data140};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/after/" + i20+"/duration_ms/max",schemaPath:"#/properties/after/items/properties/duration_ms/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema99.properties.after.items.properties.duration_ms.properties.max.type,parentSchema:schema99.properties.after.items.properties.duration_ms.properties.max,data:data140};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/after/" + i20+"/duration_ms",schemaPath:"#/properties/after/items/properties/duration_ms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.after.items.properties.duration_ms.type,parentSchema:schema99.properties.after.items.properties.duration_ms,data:data138};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
else {
const err256 = {instancePath:instancePath+"/after/" + i20,schemaPath:"#/properties/after/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.after.items.type,parentSchema:schema99.properties.after.items,data:data120};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
}
else {
const err257 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.after.type,parentSchema:schema99.properties.after,data:data119};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
else {
const err258 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema130 = {"type":"object","additionalProperties":false,"required":["probe"],"properties":{"recover_within_ms":{"type":"integer","minimum":0,"maximum":86400000,"default":30000,"description":"Once every fault is reverted, each probe must answer healthy within this long, else the scenario fails (`not_recovered`)."},"probe":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/probe"},"description":"Probes, each sampled every `interval_ms`."},"detect":{"oneOf":[{"oneOf":[{"const":"probes","description":"A probe sample that loses the steady state."},{"type":"object","required":["span"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of spans of the system under test (`*` globs): the first ERROR one that ends after the fault was applied."}}}]},{"type":"array","minItems":1,"maxItems":2,"uniqueItems":true,"items":{"oneOf":[{"const":"probes","description":"A probe sample that loses the steady state."},{"type":"object","required":["span"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of spans of the system under test (`*` globs): the first ERROR one that ends after the fault was applied."}}}]}}],"default":"probes","description":"What detects a fault for MTTD: `\"probes\"` (a lost steady state), `{ span = \"NAME\" }` (the first ERROR span of the system under test with that name after the fault), or both as a list, whichever comes first."},"error_budget":{"type":"object","required":["span","budget_pct"],"additionalProperties":false,"properties":{"span":{"type":"string","minLength":1,"description":"Name of the spans of the system under test that are its requests (`*` globs); ERROR ones failed."},"budget_pct":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"The share of requests allowed to fail, in %."}},"description":"Error-budget use (KPI `error_budget_used_pct`): failed requests over all requests of the scenario, in % of `budget_pct`."}}};
const schema131 = {"type":"object","required":["name","type"],"unevaluatedProperties":false,"properties":{"name":{"$ref":"#/$defs/identifier","description":"Name of the probe in spans (`probe.name`) and reports; unique in the scenario."},"type":{"enum":["exec","tcp","http","span"],"description":"Probe kind (see docs/experiments.md)."},"interval_ms":{"type":"integer","minimum":50,"maximum":600000,"default":500,"description":"Time between the starts of two samples."},"timeout_ms":{"type":"integer","minimum":10,"maximum":600000,"default":1000,"description":"A sample that takes longer fails."},"tolerance":{"type":"object","additionalProperties":false,"required":["failures"],"properties":{"failures":{"type":"integer","minimum":0,"maximum":1000,"description":"Consecutive failed samples tolerated: the steady state counts as lost at the next one (and before the faults, the probe gets this many extra samples to answer healthy)."}},"description":"How many failed samples in a row the probe tolerates (default 0)."}},"allOf":[{"if":{"properties":{"type":{"const":"exec"}}},"then":{"description":"runs `command` in `service`; healthy when it exits 0 and, with `output_regex`, its output matches","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service the command runs in."},"command":{"$ref":"#/$defs/command","description":"Command run in the service (a string runs with `sh -c`)."},"output_regex":{"type":"string","format":"regex","minLength":1,"description":"JavaScript regular expression the output (stdout and stderr) must match."}}}},{"if":{"properties":{"type":{"const":"tcp"}}},"then":{"description":"connects to `service`:`port` from a probe container on the scenario network; healthy when the connection is accepted","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service (its name on the scenario network) to connect to."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port."}}}},{"if":{"properties":{"type":{"const":"http"}}},"then":{"description":"sends `GET path` to `service`:`port` from a probe container on the scenario network; healthy when the answer has status `status`","properties":{"service":{"$ref":"#/$defs/identifier","description":"Service (its name on the scenario network) to send the request to."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the HTTP server."},"path":{"type":"string","pattern":"^/","default":"/","description":"Request path."},"status":{"type":"integer","minimum":100,"maximum":599,"default":200,"description":"The status a healthy answer has."}}}},{"if":{"properties":{"type":{"const":"span"}}},"then":{"description":"reads the spans of the system under test named `span_name` received in the last `window_ms`; healthy when at least `min_spans` arrived and at most `max_error_pct` % of them are ERROR","properties":{"span_name":{"type":"string","minLength":1,"description":"Span name of the system under test (`*` stands for any run of characters)."},"window_ms":{"type":"integer","minimum":100,"maximum":3600000,"description":"The sliding window: spans received this long before the sample, on the runner's clock."},"max_error_pct":{"type":"number","minimum":0,"maximum":100,"default":0,"description":"Highest share of ERROR spans in the window, in %, that is still healthy."},"min_spans":{"type":"integer","minimum":1,"maximum":1000000,"default":1,"description":"Fewest spans the window must hold: fewer is not healthy."}}}},{"if":{"properties":{"type":{"const":"exec"}}},"then":{"required":["service","command"]}},{"if":{"properties":{"type":{"const":"tcp"}}},"then":{"required":["service","port"]}},{"if":{"properties":{"type":{"const":"http"}}},"then":{"required":["service","port"]}},{"if":{"properties":{"type":{"const":"span"}}},"then":{"required":["span_name","window_ms"]}}]};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("exec" !== data.type){
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
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service !== undefined){
let data1 = data.service;
if(typeof data1 === "string"){
if((data1.length > 128 && func2(data1) > 128)){
const err1 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern4.test(data1)){
const err2 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.command !== undefined){
let data2 = data.command;
const _errs11 = errors;
let valid6 = false;
let passing0 = null;
const _errs12 = errors;
if(typeof data2 === "string"){
if((data2.length < 2 && func2(data2) < 1)){
const err4 = {instancePath:instancePath+"/command",schemaPath:"#/$defs/command/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/command",schemaPath:"#/$defs/command/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[0].type,parentSchema:schema40.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs12 === errors;
if(_valid1){
valid6 = true;
passing0 = 0;
}
const _errs14 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/command",schemaPath:"#/$defs/command/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/$defs/command/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[1].items.type,parentSchema:schema40.oneOf[1].items,data:data3};
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
else {
const err8 = {instancePath:instancePath+"/command",schemaPath:"#/$defs/command/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.oneOf[1].type,parentSchema:schema40.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs14 === errors;
if(_valid1 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err9 = {instancePath:instancePath+"/command",schemaPath:"#/$defs/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema40.oneOf,parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.output_regex !== undefined){
let data4 = data.output_regex;
if(typeof data4 === "string"){
if((data4.length < 2 && func2(data4) < 1)){
const err10 = {instancePath:instancePath+"/output_regex",schemaPath:"#/allOf/0/then/properties/output_regex/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema131.allOf[0].then.properties.output_regex,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats4(data4))){
const err11 = {instancePath:instancePath+"/output_regex",schemaPath:"#/allOf/0/then/properties/output_regex/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\"",schema:"regex",parentSchema:schema131.allOf[0].then.properties.output_regex,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/output_regex",schemaPath:"#/allOf/0/then/properties/output_regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.allOf[0].then.properties.output_regex.type,parentSchema:schema131.allOf[0].then.properties.output_regex,data:data4};
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
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.service = true;
props0.command = true;
props0.output_regex = true;
props0.type = true;
}
}
if(!valid1){
const err13 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema131.allOf[0].if,parentSchema:schema131.allOf[0],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs21 = errors;
let valid9 = true;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("tcp" !== data.type){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
var _valid2 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service !== undefined){
let data6 = data.service;
if(typeof data6 === "string"){
if((data6.length > 128 && func2(data6) > 128)){
const err15 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data6)){
const err16 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.port !== undefined){
let data7 = data.port;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err18 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/1/then/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.allOf[1].then.properties.port.type,parentSchema:schema131.allOf[1].then.properties.port,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 65535 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/1/then/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema131.allOf[1].then.properties.port,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/1/then/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema131.allOf[1].then.properties.port,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
var _valid2 = _errs24 === errors;
valid9 = _valid2;
if(valid9){
var props1 = {};
props1.service = true;
props1.port = true;
props1.type = true;
}
}
if(!valid9){
const err21 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema131.allOf[1].if,parentSchema:schema131.allOf[1],data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs31 = errors;
let valid13 = true;
const _errs32 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("http" !== data.type){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
var _valid3 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs34 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service !== undefined){
let data9 = data.service;
if(typeof data9 === "string"){
if((data9.length > 128 && func2(data9) > 128)){
const err23 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern4.test(data9)){
const err24 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.port !== undefined){
let data10 = data.port;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err26 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/2/then/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.allOf[2].then.properties.port.type,parentSchema:schema131.allOf[2].then.properties.port,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 > 65535 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/2/then/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema131.allOf[2].then.properties.port,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err28 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/2/then/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema131.allOf[2].then.properties.port,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.path !== undefined){
let data11 = data.path;
if(typeof data11 === "string"){
if(!pattern29.test(data11)){
const err29 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/2/then/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema131.allOf[2].then.properties.path,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/2/then/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.allOf[2].then.properties.path.type,parentSchema:schema131.allOf[2].then.properties.path,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.status !== undefined){
let data12 = data.status;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err31 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/2/then/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.allOf[2].then.properties.status.type,parentSchema:schema131.allOf[2].then.properties.status,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 599 || isNaN(data12)){
const err32 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/2/then/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema131.allOf[2].then.properties.status,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data12 < 100 || isNaN(data12)){
const err33 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/2/then/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema131.allOf[2].then.properties.status,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
var _valid3 = _errs34 === errors;
valid13 = _valid3;
if(valid13){
var props2 = {};
props2.service = true;
props2.port = true;
props2.path = true;
props2.status = true;
props2.type = true;
}
}
if(!valid13){
const err34 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema131.allOf[2].if,parentSchema:schema131.allOf[2],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs45 = errors;
let valid17 = true;
const _errs46 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("span" !== data.type){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
var _valid4 = _errs46 === errors;
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span_name !== undefined){
let data14 = data.span_name;
if(typeof data14 === "string"){
if((data14.length < 2 && func2(data14) < 1)){
const err36 = {instancePath:instancePath+"/span_name",schemaPath:"#/allOf/3/then/properties/span_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema131.allOf[3].then.properties.span_name,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/span_name",schemaPath:"#/allOf/3/then/properties/span_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.allOf[3].then.properties.span_name.type,parentSchema:schema131.allOf[3].then.properties.span_name,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.window_ms !== undefined){
let data15 = data.window_ms;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err38 = {instancePath:instancePath+"/window_ms",schemaPath:"#/allOf/3/then/properties/window_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.allOf[3].then.properties.window_ms.type,parentSchema:schema131.allOf[3].then.properties.window_ms,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 > 3600000 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/window_ms",schemaPath:"#/allOf/3/then/properties/window_ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000",schema:3600000,parentSchema:schema131.allOf[3].then.properties.window_ms,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15 < 100 || isNaN(data15)){
const err40 = {instancePath:instancePath+"/window_ms",schemaPath:"#/allOf/3/then/properties/window_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema131.allOf[3].then.properties.window_ms,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.max_error_pct !== undefined){
let data16 = data.max_error_pct;
if(typeof data16 == "number"){
if(data16 > 100 || isNaN(data16)){
const err41 = {instancePath:instancePath+"/max_error_pct",schemaPath:"#/allOf/3/then/properties/max_error_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema131.allOf[3].then.properties.max_error_pct,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err42 = {instancePath:instancePath+"/max_error_pct",schemaPath:"#/allOf/3/then/properties/max_error_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema131.allOf[3].then.properties.max_error_pct,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/max_error_pct",schemaPath:"#/allOf/3/then/properties/max_error_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema131.allOf[3].then.properties.max_error_pct.type,parentSchema:schema131.allOf[3].then.properties.max_error_pct,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.min_spans !== undefined){
let data17 = data.min_spans;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err44 = {instancePath:instancePath+"/min_spans",schemaPath:"#/allOf/3/then/properties/min_spans/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.allOf[3].then.properties.min_spans.type,parentSchema:schema131.allOf[3].then.properties.min_spans,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 1000000 || isNaN(data17)){
const err45 = {instancePath:instancePath+"/min_spans",schemaPath:"#/allOf/3/then/properties/min_spans/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema131.allOf[3].then.properties.min_spans,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/min_spans",schemaPath:"#/allOf/3/then/properties/min_spans/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema131.allOf[3].then.properties.min_spans,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
var _valid4 = _errs48 === errors;
valid17 = _valid4;
if(valid17){
var props3 = {};
props3.span_name = true;
props3.window_ms = true;
props3.max_error_pct = true;
props3.min_spans = true;
props3.type = true;
}
}
if(!valid17){
const err47 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema131.allOf[3].if,parentSchema:schema131.allOf[3],data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs58 = errors;
let valid20 = true;
const _errs59 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("exec" !== data.type){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
var _valid5 = _errs59 === errors;
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs61 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service === undefined){
const err49 = {instancePath,schemaPath:"#/allOf/4/then/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema131.allOf[4].then.required,parentSchema:schema131.allOf[4].then,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data.command === undefined){
const err50 = {instancePath,schemaPath:"#/allOf/4/then/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema131.allOf[4].then.required,parentSchema:schema131.allOf[4].then,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid5 = _errs61 === errors;
valid20 = _valid5;
}
if(!valid20){
const err51 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema131.allOf[4].if,parentSchema:schema131.allOf[4],data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
const _errs63 = errors;
let valid22 = true;
const _errs64 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("tcp" !== data.type){
const err52 = {};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
var _valid6 = _errs64 === errors;
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs66 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service === undefined){
const err53 = {instancePath,schemaPath:"#/allOf/5/then/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema131.allOf[5].then.required,parentSchema:schema131.allOf[5].then,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data.port === undefined){
const err54 = {instancePath,schemaPath:"#/allOf/5/then/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema131.allOf[5].then.required,parentSchema:schema131.allOf[5].then,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var _valid6 = _errs66 === errors;
valid22 = _valid6;
}
if(!valid22){
const err55 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema131.allOf[5].if,parentSchema:schema131.allOf[5],data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
const _errs68 = errors;
let valid24 = true;
const _errs69 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("http" !== data.type){
const err56 = {};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
var _valid7 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs71 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service === undefined){
const err57 = {instancePath,schemaPath:"#/allOf/6/then/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema131.allOf[6].then.required,parentSchema:schema131.allOf[6].then,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data.port === undefined){
const err58 = {instancePath,schemaPath:"#/allOf/6/then/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema131.allOf[6].then.required,parentSchema:schema131.allOf[6].then,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
var _valid7 = _errs71 === errors;
valid24 = _valid7;
}
if(!valid24){
const err59 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema131.allOf[6].if,parentSchema:schema131.allOf[6],data};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
const _errs73 = errors;
let valid26 = true;
const _errs74 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("span" !== data.type){
const err60 = {};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
var _valid8 = _errs74 === errors;
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs76 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span_name === undefined){
const err61 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "span_name"},message:"must have required property '"+"span_name"+"'",schema:schema131.allOf[7].then.required,parentSchema:schema131.allOf[7].then,data};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data.window_ms === undefined){
const err62 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "window_ms"},message:"must have required property '"+"window_ms"+"'",schema:schema131.allOf[7].then.required,parentSchema:schema131.allOf[7].then,data};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
var _valid8 = _errs76 === errors;
valid26 = _valid8;
}
if(!valid26){
const err63 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema131.allOf[7].if,parentSchema:schema131.allOf[7],data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err64 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema131.required,parentSchema:schema131,data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data.type === undefined){
const err65 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema131.required,parentSchema:schema131,data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.name = true;
props0.type = true;
props0.interval_ms = true;
props0.timeout_ms = true;
props0.tolerance = true;
}
if(data.name !== undefined){
let data22 = data.name;
if(typeof data22 === "string"){
if((data22.length > 128 && func2(data22) > 128)){
const err66 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data22};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern4.test(data22)){
const err67 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data22};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data22};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.type !== undefined){
let data23 = data.type;
if(!((((data23 === "exec") || (data23 === "tcp")) || (data23 === "http")) || (data23 === "span"))){
const err69 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema131.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema131.properties.type.enum,parentSchema:schema131.properties.type,data:data23};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.interval_ms !== undefined){
let data24 = data.interval_ms;
if(!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))){
const err70 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.interval_ms.type,parentSchema:schema131.properties.interval_ms,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(typeof data24 == "number"){
if(data24 > 600000 || isNaN(data24)){
const err71 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000",schema:600000,parentSchema:schema131.properties.interval_ms,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data24 < 50 || isNaN(data24)){
const err72 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 50},message:"must be >= 50",schema:50,parentSchema:schema131.properties.interval_ms,data:data24};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data.timeout_ms !== undefined){
let data25 = data.timeout_ms;
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
const err73 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/properties/timeout_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.timeout_ms.type,parentSchema:schema131.properties.timeout_ms,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(typeof data25 == "number"){
if(data25 > 600000 || isNaN(data25)){
const err74 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/properties/timeout_ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000",schema:600000,parentSchema:schema131.properties.timeout_ms,data:data25};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data25 < 10 || isNaN(data25)){
const err75 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/properties/timeout_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema131.properties.timeout_ms,data:data25};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data.tolerance !== undefined){
let data26 = data.tolerance;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.failures === undefined){
const err76 = {instancePath:instancePath+"/tolerance",schemaPath:"#/properties/tolerance/required",keyword:"required",params:{missingProperty: "failures"},message:"must have required property '"+"failures"+"'",schema:schema131.properties.tolerance.required,parentSchema:schema131.properties.tolerance,data:data26};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key0 in data26){
if(!(key0 === "failures")){
const err77 = {instancePath:instancePath+"/tolerance",schemaPath:"#/properties/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema131.properties.tolerance,data:data26};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data26.failures !== undefined){
let data27 = data26.failures;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err78 = {instancePath:instancePath+"/tolerance/failures",schemaPath:"#/properties/tolerance/properties/failures/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.tolerance.properties.failures.type,parentSchema:schema131.properties.tolerance.properties.failures,data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(typeof data27 == "number"){
if(data27 > 1000 || isNaN(data27)){
const err79 = {instancePath:instancePath+"/tolerance/failures",schemaPath:"#/properties/tolerance/properties/failures/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema131.properties.tolerance.properties.failures,data:data27};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err80 = {instancePath:instancePath+"/tolerance/failures",schemaPath:"#/properties/tolerance/properties/failures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema131.properties.tolerance.properties.failures,data:data27};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
}
else {
const err81 = {instancePath:instancePath+"/tolerance",schemaPath:"#/properties/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema131.properties.tolerance.type,parentSchema:schema131.properties.tolerance,data:data26};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(props0 !== true){
for(const key1 in data){
if(!props0 || !props0[key1]){
const err82 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema131,data};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
}
else {
const err83 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema131.type,parentSchema:schema131,data};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.probe === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "probe"},message:"must have required property '"+"probe"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "recover_within_ms") || (key0 === "probe")) || (key0 === "detect")) || (key0 === "error_budget"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.recover_within_ms !== undefined){
let data0 = data.recover_within_ms;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/recover_within_ms",schemaPath:"#/properties/recover_within_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema130.properties.recover_within_ms.type,parentSchema:schema130.properties.recover_within_ms,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 86400000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/recover_within_ms",schemaPath:"#/properties/recover_within_ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema130.properties.recover_within_ms,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/recover_within_ms",schemaPath:"#/properties/recover_within_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema130.properties.recover_within_ms,data:data0};
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
if(data.probe !== undefined){
let data1 = data.probe;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/probe",schemaPath:"#/properties/probe/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema130.properties.probe,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate58(data1[i0], {instancePath:instancePath+"/probe/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/probe",schemaPath:"#/properties/probe/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema130.properties.probe.type,parentSchema:schema130.properties.probe,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.detect !== undefined){
let data3 = data.detect;
const _errs8 = errors;
let valid3 = false;
let passing0 = null;
const _errs9 = errors;
const _errs10 = errors;
let valid4 = false;
let passing1 = null;
const _errs11 = errors;
if("probes" !== data3){
const err7 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf/0/oneOf/0/const",keyword:"const",params:{allowedValue: "probes"},message:"must be equal to constant",schema:"probes",parentSchema:schema130.properties.detect.oneOf[0].oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs11 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs12 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.span === undefined){
const err8 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema130.properties.detect.oneOf[0].oneOf[1].required,parentSchema:schema130.properties.detect.oneOf[0].oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!(key1 === "span")){
const err9 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf/0/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema130.properties.detect.oneOf[0].oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.span !== undefined){
let data4 = data3.span;
if(typeof data4 === "string"){
if((data4.length < 2 && func2(data4) < 1)){
const err10 = {instancePath:instancePath+"/detect/span",schemaPath:"#/properties/detect/oneOf/0/oneOf/1/properties/span/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.properties.detect.oneOf[0].oneOf[1].properties.span,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/detect/span",schemaPath:"#/properties/detect/oneOf/0/oneOf/1/properties/span/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema130.properties.detect.oneOf[0].oneOf[1].properties.span.type,parentSchema:schema130.properties.detect.oneOf[0].oneOf[1].properties.span,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf/0/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema130.properties.detect.oneOf[0].oneOf[1].type,parentSchema:schema130.properties.detect.oneOf[0].oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs12 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err13 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema130.properties.detect.oneOf[0].oneOf,parentSchema:schema130.properties.detect.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
valid3 = true;
passing0 = 0;
}
const _errs17 = errors;
if(Array.isArray(data3)){
if(data3.length > 2){
const err14 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema130.properties.detect.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.length < 1){
const err15 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema130.properties.detect.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data5 = data3[i1];
const _errs20 = errors;
let valid8 = false;
let passing2 = null;
const _errs21 = errors;
if("probes" !== data5){
const err16 = {instancePath:instancePath+"/detect/" + i1,schemaPath:"#/properties/detect/oneOf/1/items/oneOf/0/const",keyword:"const",params:{allowedValue: "probes"},message:"must be equal to constant",schema:"probes",parentSchema:schema130.properties.detect.oneOf[1].items.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs21 === errors;
if(_valid2){
valid8 = true;
passing2 = 0;
}
const _errs22 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.span === undefined){
const err17 = {instancePath:instancePath+"/detect/" + i1,schemaPath:"#/properties/detect/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema130.properties.detect.oneOf[1].items.oneOf[1].required,parentSchema:schema130.properties.detect.oneOf[1].items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data5){
if(!(key2 === "span")){
const err18 = {instancePath:instancePath+"/detect/" + i1,schemaPath:"#/properties/detect/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema130.properties.detect.oneOf[1].items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.span !== undefined){
let data6 = data5.span;
if(typeof data6 === "string"){
if((data6.length < 2 && func2(data6) < 1)){
const err19 = {instancePath:instancePath+"/detect/" + i1+"/span",schemaPath:"#/properties/detect/oneOf/1/items/oneOf/1/properties/span/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.properties.detect.oneOf[1].items.oneOf[1].properties.span,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/detect/" + i1+"/span",schemaPath:"#/properties/detect/oneOf/1/items/oneOf/1/properties/span/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema130.properties.detect.oneOf[1].items.oneOf[1].properties.span.type,parentSchema:schema130.properties.detect.oneOf[1].items.oneOf[1].properties.span,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/detect/" + i1,schemaPath:"#/properties/detect/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema130.properties.detect.oneOf[1].items.oneOf[1].type,parentSchema:schema130.properties.detect.oneOf[1].items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs22 === errors;
if(_valid2 && valid8){
valid8 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid8 = true;
passing2 = 1;
}
}
if(!valid8){
const err22 = {instancePath:instancePath+"/detect/" + i1,schemaPath:"#/properties/detect/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema130.properties.detect.oneOf[1].items.oneOf,parentSchema:schema130.properties.detect.oneOf[1].items,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
}
let i2 = data3.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data3[i2], data3[j0])){
const err23 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema130.properties.detect.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema130.properties.detect.oneOf[1].type,parentSchema:schema130.properties.detect.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs17 === errors;
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
const err25 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema130.properties.detect.oneOf,parentSchema:schema130.properties.detect,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
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
}
if(data.error_budget !== undefined){
let data7 = data.error_budget;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.span === undefined){
const err26 = {instancePath:instancePath+"/error_budget",schemaPath:"#/properties/error_budget/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema130.properties.error_budget.required,parentSchema:schema130.properties.error_budget,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7.budget_pct === undefined){
const err27 = {instancePath:instancePath+"/error_budget",schemaPath:"#/properties/error_budget/required",keyword:"required",params:{missingProperty: "budget_pct"},message:"must have required property '"+"budget_pct"+"'",schema:schema130.properties.error_budget.required,parentSchema:schema130.properties.error_budget,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key3 in data7){
if(!((key3 === "span") || (key3 === "budget_pct"))){
const err28 = {instancePath:instancePath+"/error_budget",schemaPath:"#/properties/error_budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema130.properties.error_budget,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.span !== undefined){
let data8 = data7.span;
if(typeof data8 === "string"){
if((data8.length < 2 && func2(data8) < 1)){
const err29 = {instancePath:instancePath+"/error_budget/span",schemaPath:"#/properties/error_budget/properties/span/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.properties.error_budget.properties.span,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/error_budget/span",schemaPath:"#/properties/error_budget/properties/span/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema130.properties.error_budget.properties.span.type,parentSchema:schema130.properties.error_budget.properties.span,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.budget_pct !== undefined){
let data9 = data7.budget_pct;
if(typeof data9 == "number"){
if(data9 > 100 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/error_budget/budget_pct",schemaPath:"#/properties/error_budget/properties/budget_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema130.properties.error_budget.properties.budget_pct,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9 <= 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/error_budget/budget_pct",schemaPath:"#/properties/error_budget/properties/budget_pct/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema130.properties.error_budget.properties.budget_pct,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/error_budget/budget_pct",schemaPath:"#/properties/error_budget/properties/budget_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema130.properties.error_budget.properties.budget_pct.type,parentSchema:schema130.properties.error_budget.properties.budget_pct,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/error_budget",schemaPath:"#/properties/error_budget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema130.properties.error_budget.type,parentSchema:schema130.properties.error_budget,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema130.type,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema137 = {"type":"object","additionalProperties":false,"required":["duration_ms","probability","types"],"properties":{"duration_ms":{"type":"integer","minimum":1,"maximum":86400000,"description":"How long the monkey draws, counted from the moment the scenario's first step's process is observed running: ticks at `interval_ms`, 2 × `interval_ms`, … up to `duration_ms`."},"interval_ms":{"type":"integer","minimum":1,"maximum":86400000,"default":1000,"description":"Time between two ticks; at each tick one fault fires with `probability`."},"probability":{"type":"number","minimum":0,"maximum":1,"description":"Chance that a tick fires a fault, drawn from the seed."},"types":{"type":"array","items":{"$ref":"#/$defs/fault/properties/type"},"uniqueItems":true,"description":"Fault types the monkey draws from (faults that act on a service); a type with required parameters needs them in `fault.<type>`."},"targets":{"type":"array","items":{"$ref":"#/$defs/identifier"},"uniqueItems":true,"description":"Services the monkey draws from (default: the scenario's services)."},"fault":{"type":"object","propertyNames":{"$ref":"#/$defs/fault/properties/type"},"additionalProperties":{"type":"object","description":"`duration_ms` of each injected fault of this type and the type's own parameters (checked as a fault of that type)."},"description":"Per fault type: `duration_ms` and parameters of every fault of that type the monkey injects, e.g. `fault.stop_container = { duration_ms = 1500, stop_timeout_ms = 1000 }`."}}};
const schema138 = {"enum":["kill_container","stop_container","restart_container","pause_container","signal","kill_process","memory_pressure","cpu_throttle","disk_fill","fd_exhaustion","exit_code","timeout","syscall_error","slow_io","network_disconnect","partition","blackhole","reject","packet_loss","latency","bandwidth","slow_close","proxy_timeout","reset_peer","slicer","limit_data","http_error","http_slow","clock_skew","dns"],"description":"Fault kind (see the fault catalogue)."};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.duration_ms === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "duration_ms"},message:"must have required property '"+"duration_ms"+"'",schema:schema137.required,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.probability === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "probability"},message:"must have required property '"+"probability"+"'",schema:schema137.required,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.types === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "types"},message:"must have required property '"+"types"+"'",schema:schema137.required,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "duration_ms") || (key0 === "interval_ms")) || (key0 === "probability")) || (key0 === "types")) || (key0 === "targets")) || (key0 === "fault"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.duration_ms !== undefined){
let data0 = data.duration_ms;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err4 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/properties/duration_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema137.properties.duration_ms.type,parentSchema:schema137.properties.duration_ms,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 86400000 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/properties/duration_ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema137.properties.duration_ms,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/properties/duration_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema137.properties.duration_ms,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.interval_ms !== undefined){
let data1 = data.interval_ms;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err7 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema137.properties.interval_ms.type,parentSchema:schema137.properties.interval_ms,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 86400000 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema137.properties.interval_ms,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema137.properties.interval_ms,data:data1};
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
if(data.probability !== undefined){
let data2 = data.probability;
if(typeof data2 == "number"){
if(data2 > 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema137.properties.probability,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema137.properties.probability,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema137.properties.probability.type,parentSchema:schema137.properties.probability,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.types !== undefined){
let data3 = data.types;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!((((((((((((((((((((((((((((((data4 === "kill_container") || (data4 === "stop_container")) || (data4 === "restart_container")) || (data4 === "pause_container")) || (data4 === "signal")) || (data4 === "kill_process")) || (data4 === "memory_pressure")) || (data4 === "cpu_throttle")) || (data4 === "disk_fill")) || (data4 === "fd_exhaustion")) || (data4 === "exit_code")) || (data4 === "timeout")) || (data4 === "syscall_error")) || (data4 === "slow_io")) || (data4 === "network_disconnect")) || (data4 === "partition")) || (data4 === "blackhole")) || (data4 === "reject")) || (data4 === "packet_loss")) || (data4 === "latency")) || (data4 === "bandwidth")) || (data4 === "slow_close")) || (data4 === "proxy_timeout")) || (data4 === "reset_peer")) || (data4 === "slicer")) || (data4 === "limit_data")) || (data4 === "http_error")) || (data4 === "http_slow")) || (data4 === "clock_skew")) || (data4 === "dns"))){
const err13 = {instancePath:instancePath+"/types/" + i0,schemaPath:"#/$defs/fault/properties/type/enum",keyword:"enum",params:{allowedValues: schema138.enum},message:"must be equal to one of the allowed values",schema:schema138.enum,parentSchema:schema138,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
const err14 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema137.properties.types,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema137.properties.types.type,parentSchema:schema137.properties.types,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.targets !== undefined){
let data5 = data.targets;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if((data6.length > 128 && func2(data6) > 128)){
const err16 = {instancePath:instancePath+"/targets/" + i2,schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern4.test(data6)){
const err17 = {instancePath:instancePath+"/targets/" + i2,schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/targets/" + i2,schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i3 = data5.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data5[i3], data5[j1])){
const err19 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema137.properties.targets,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema137.properties.targets.type,parentSchema:schema137.properties.targets,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.fault !== undefined){
let data7 = data.fault;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
const _errs19 = errors;
if(!((((((((((((((((((((((((((((((key1 === "kill_container") || (key1 === "stop_container")) || (key1 === "restart_container")) || (key1 === "pause_container")) || (key1 === "signal")) || (key1 === "kill_process")) || (key1 === "memory_pressure")) || (key1 === "cpu_throttle")) || (key1 === "disk_fill")) || (key1 === "fd_exhaustion")) || (key1 === "exit_code")) || (key1 === "timeout")) || (key1 === "syscall_error")) || (key1 === "slow_io")) || (key1 === "network_disconnect")) || (key1 === "partition")) || (key1 === "blackhole")) || (key1 === "reject")) || (key1 === "packet_loss")) || (key1 === "latency")) || (key1 === "bandwidth")) || (key1 === "slow_close")) || (key1 === "proxy_timeout")) || (key1 === "reset_peer")) || (key1 === "slicer")) || (key1 === "limit_data")) || (key1 === "http_error")) || (key1 === "http_slow")) || (key1 === "clock_skew")) || (key1 === "dns"))){
const err21 = {instancePath:instancePath+"/fault",schemaPath:"#/$defs/fault/properties/type/enum",keyword:"enum",params:{allowedValues: schema138.enum},message:"must be equal to one of the allowed values",schema:schema138.enum,parentSchema:schema138,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid9 = _errs19 === errors;
if(!valid9){
const err22 = {instancePath:instancePath+"/fault",schemaPath:"#/properties/fault/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema137.properties.fault.propertyNames,parentSchema:schema137.properties.fault,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key2 in data7){
let data8 = data7[key2];
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err23 = {instancePath:instancePath+"/fault/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fault/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.properties.fault.additionalProperties.type,parentSchema:schema137.properties.fault.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/fault",schemaPath:"#/properties/fault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.properties.fault.type,parentSchema:schema137.properties.fault,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.type,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
const err1 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema51.not,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
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
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if((data0.length > 128 && func2(data0) > 128)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.description.type,parentSchema:schema51.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.hypothesis !== undefined){
let data2 = data.hypothesis;
if(typeof data2 === "string"){
if((data2.length < 2 && func2(data2) < 1)){
const err7 = {instancePath:instancePath+"/hypothesis",schemaPath:"#/properties/hypothesis/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.hypothesis,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/hypothesis",schemaPath:"#/properties/hypothesis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.hypothesis.type,parentSchema:schema51.properties.hypothesis,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.tags !== undefined){
let data3 = data.tags;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.tags.items.type,parentSchema:schema51.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema51.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.tags.type,parentSchema:schema51.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.services !== undefined){
let data5 = data.services;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if((data6.length > 128 && func2(data6) > 128)){
const err12 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern4.test(data6)){
const err13 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/services/" + i2,schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i3 = data5.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data5[i3], data5[j1])){
const err15 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema51.properties.services,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.services.type,parentSchema:schema51.properties.services,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.run !== undefined){
let data7 = data.run;
const _errs22 = errors;
let valid12 = false;
let passing0 = null;
const _errs23 = errors;
if(typeof data7 === "string"){
if((data7.length < 2 && func2(data7) < 1)){
const err17 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[0].type,parentSchema:schema40.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs23 === errors;
if(_valid0){
valid12 = true;
passing0 = 0;
}
const _errs25 = errors;
if(Array.isArray(data7)){
if(data7.length < 1){
const err19 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len2 = data7.length;
for(let i4=0; i4<len2; i4++){
let data8 = data7[i4];
if(typeof data8 !== "string"){
const err20 = {instancePath:instancePath+"/run/" + i4,schemaPath:"#/$defs/command/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[1].items.type,parentSchema:schema40.oneOf[1].items,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.oneOf[1].type,parentSchema:schema40.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs25 === errors;
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
const err22 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema40.oneOf,parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
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
}
if(data.steps !== undefined){
let data9 = data.steps;
if(Array.isArray(data9)){
if(data9.length < 1){
const err23 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema51.properties.steps,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len3 = data9.length;
for(let i5=0; i5<len3; i5++){
if(!(validate31(data9[i5], {instancePath:instancePath+"/steps/" + i5,parentData:data9,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.steps.type,parentSchema:schema51.properties.steps,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.deadline_ms !== undefined){
let data11 = data.deadline_ms;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err25 = {instancePath:instancePath+"/deadline_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 > 86400000 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/deadline_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/deadline_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.expect_failure !== undefined){
let data12 = data.expect_failure;
if(typeof data12 !== "boolean"){
const err28 = {instancePath:instancePath+"/expect_failure",schemaPath:"#/properties/expect_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.expect_failure.type,parentSchema:schema51.properties.expect_failure,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.artifacts !== undefined){
let data13 = data.artifacts;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key0 in data13){
if(!(key0 === "collect")){
const err29 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51.properties.artifacts,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.collect !== undefined){
let data14 = data13.collect;
if(Array.isArray(data14)){
const len4 = data14.length;
for(let i6=0; i6<len4; i6++){
let data15 = data14[i6];
if(!((((data15 === "logs") || (data15 === "spans")) || (data15 === "inspect")) || (data15 === "spans:stdout"))){
const err30 = {instancePath:instancePath+"/artifacts/collect/" + i6,schemaPath:"#/properties/artifacts/properties/collect/items/enum",keyword:"enum",params:{allowedValues: schema51.properties.artifacts.properties.collect.items.enum},message:"must be equal to one of the allowed values",schema:schema51.properties.artifacts.properties.collect.items.enum,parentSchema:schema51.properties.artifacts.properties.collect.items,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i7 = data14.length;
let j2;
if(i7 > 1){
outer1:
for(;i7--;){
for(j2 = i7; j2--;){
if(func0(data14[i7], data14[j2])){
const err31 = {instancePath:instancePath+"/artifacts/collect",schemaPath:"#/properties/artifacts/properties/collect/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)",schema:true,parentSchema:schema51.properties.artifacts.properties.collect,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/artifacts/collect",schemaPath:"#/properties/artifacts/properties/collect/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.artifacts.properties.collect.type,parentSchema:schema51.properties.artifacts.properties.collect,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.artifacts.type,parentSchema:schema51.properties.artifacts,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.chaos_injection !== undefined){
if(!(validate34(data.chaos_injection, {instancePath:instancePath+"/chaos_injection",parentData:data,parentDataProperty:"chaos_injection",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.chaos !== undefined){
let data17 = data.chaos;
if(Array.isArray(data17)){
const len5 = data17.length;
for(let i8=0; i8<len5; i8++){
if(!(validate34(data17[i8], {instancePath:instancePath+"/chaos/" + i8,parentData:data17,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/chaos",schemaPath:"#/properties/chaos/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.chaos.type,parentSchema:schema51.properties.chaos,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.expect !== undefined){
if(!(validate39(data.expect, {instancePath:instancePath+"/expect",parentData:data,parentDataProperty:"expect",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.steady_state !== undefined){
if(!(validate57(data.steady_state, {instancePath:instancePath+"/steady_state",parentData:data,parentDataProperty:"steady_state",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.monkey !== undefined){
if(!(validate61(data.monkey, {instancePath:instancePath+"/monkey",parentData:data,parentDataProperty:"monkey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if((((((((((((((((((((((((((key1 !== "name") && (key1 !== "description")) && (key1 !== "hypothesis")) && (key1 !== "tags")) && (key1 !== "services")) && (key1 !== "run")) && (key1 !== "steps")) && (key1 !== "deadline_ms")) && (key1 !== "expect_failure")) && (key1 !== "artifacts")) && (key1 !== "chaos_injection")) && (key1 !== "chaos")) && (key1 !== "expect")) && (key1 !== "steady_state")) && (key1 !== "monkey")) && (key1 !== "service")) && (key1 !== "image")) && (key1 !== "env")) && (key1 !== "workdir")) && (key1 !== "timeout_ms")) && (key1 !== "timeout_strategy")) && (key1 !== "grace_period_ms")) && (key1 !== "expect_exit_code")) && (key1 !== "expected_output_regex")) && (key1 !== "continue_on_failure")) && (key1 !== "retries")){
const err35 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.meta === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scenario === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.meta !== undefined){
let data0 = data.meta;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err3 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.meta.required,parentSchema:schema31.properties.meta,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!((((key1 === "name") || (key1 === "version")) || (key1 === "description")) || (key1 === "tags"))){
const err4 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.meta,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 === "string"){
if((data1.length > 128 && func2(data1) > 128)){
const err5 = {instancePath:instancePath+"/meta/name",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/meta/name",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data1};
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
const err7 = {instancePath:instancePath+"/meta/name",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.version !== undefined){
let data2 = data0.version;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/meta/version",schemaPath:"#/properties/meta/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.meta.properties.version.type,parentSchema:schema31.properties.meta.properties.version,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.description !== undefined){
let data3 = data0.description;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/meta/description",schemaPath:"#/properties/meta/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.meta.properties.description.type,parentSchema:schema31.properties.meta.properties.description,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.tags !== undefined){
let data4 = data0.tags;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/meta/tags/" + i0,schemaPath:"#/properties/meta/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.meta.properties.tags.items.type,parentSchema:schema31.properties.meta.properties.tags.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
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
const err11 = {instancePath:instancePath+"/meta/tags",schemaPath:"#/properties/meta/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.meta.properties.tags,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err12 = {instancePath:instancePath+"/meta/tags",schemaPath:"#/properties/meta/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.meta.properties.tags.type,parentSchema:schema31.properties.meta.properties.tags,data:data4};
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
const err13 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.meta.type,parentSchema:schema31.properties.meta,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.determinism !== undefined){
let data6 = data.determinism;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
if(!((((key2 === "seed") || (key2 === "freeze_clock")) || (key2 === "clock")) || (key2 === "digest_exclude"))){
const err14 = {instancePath:instancePath+"/determinism",schemaPath:"#/properties/determinism/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.determinism,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.seed !== undefined){
let data7 = data6.seed;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err15 = {instancePath:instancePath+"/determinism/seed",schemaPath:"#/properties/determinism/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.determinism.properties.seed.type,parentSchema:schema31.properties.determinism.properties.seed,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 9007199254740991 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/determinism/seed",schemaPath:"#/properties/determinism/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema31.properties.determinism.properties.seed,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/determinism/seed",schemaPath:"#/properties/determinism/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.determinism.properties.seed,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data6.freeze_clock !== undefined){
let data8 = data6.freeze_clock;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err18 = {instancePath:instancePath+"/determinism/freeze_clock",schemaPath:"#/properties/determinism/properties/freeze_clock/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema31.properties.determinism.properties.freeze_clock,data:data8};
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
const err19 = {instancePath:instancePath+"/determinism/freeze_clock",schemaPath:"#/properties/determinism/properties/freeze_clock/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.determinism.properties.freeze_clock.type,parentSchema:schema31.properties.determinism.properties.freeze_clock,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.clock !== undefined){
let data9 = data6.clock;
if(!((data9 === "advancing") || (data9 === "frozen"))){
const err20 = {instancePath:instancePath+"/determinism/clock",schemaPath:"#/properties/determinism/properties/clock/enum",keyword:"enum",params:{allowedValues: schema31.properties.determinism.properties.clock.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.determinism.properties.clock.enum,parentSchema:schema31.properties.determinism.properties.clock,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.digest_exclude !== undefined){
let data10 = data6.digest_exclude;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i2=0; i2<len1; i2++){
let data11 = data10[i2];
if(typeof data11 === "string"){
if((data11.length < 2 && func2(data11) < 1)){
const err21 = {instancePath:instancePath+"/determinism/digest_exclude/" + i2,schemaPath:"#/properties/determinism/properties/digest_exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.determinism.properties.digest_exclude.items,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/determinism/digest_exclude/" + i2,schemaPath:"#/properties/determinism/properties/digest_exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.determinism.properties.digest_exclude.items.type,parentSchema:schema31.properties.determinism.properties.digest_exclude.items,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
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
const err23 = {instancePath:instancePath+"/determinism/digest_exclude",schemaPath:"#/properties/determinism/properties/digest_exclude/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema31.properties.determinism.properties.digest_exclude,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err24 = {instancePath:instancePath+"/determinism/digest_exclude",schemaPath:"#/properties/determinism/properties/digest_exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.determinism.properties.digest_exclude.type,parentSchema:schema31.properties.determinism.properties.digest_exclude,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/determinism",schemaPath:"#/properties/determinism/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.determinism.type,parentSchema:schema31.properties.determinism,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.vars !== undefined){
let data12 = data.vars;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
const _errs30 = errors;
if(typeof key3 === "string"){
if((key3.length > 128 && func2(key3) > 128)){
const err26 = {instancePath:instancePath+"/vars",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern4.test(key3)){
const err27 = {instancePath:instancePath+"/vars",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/vars",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid10 = _errs30 === errors;
if(!valid10){
const err29 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema31.properties.vars.propertyNames,parentSchema:schema31.properties.vars,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key4 in data12){
let data13 = data12[key4];
const _errs36 = errors;
let valid14 = false;
let passing0 = null;
const _errs37 = errors;
if(((typeof data13 !== "string") && (!(typeof data13 == "number"))) && (typeof data13 !== "boolean")){
const err30 = {instancePath:instancePath+"/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/0/type",keyword:"type",params:{type: schema34.oneOf[0].type},message:"must be string,number,boolean",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs37 === errors;
if(_valid0){
valid14 = true;
passing0 = 0;
}
const _errs39 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.value === undefined){
const err31 = {instancePath:instancePath+"/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/1/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema34.oneOf[1].required,parentSchema:schema34.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data13.secret === undefined){
const err32 = {instancePath:instancePath+"/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/1/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema34.oneOf[1].required,parentSchema:schema34.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key5 in data13){
if(!((key5 === "value") || (key5 === "secret"))){
const err33 = {instancePath:instancePath+"/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data13.value !== undefined){
let data14 = data13.value;
if(((typeof data14 !== "string") && (!(typeof data14 == "number"))) && (typeof data14 !== "boolean")){
const err34 = {instancePath:instancePath+"/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/$defs/maybeSecret/oneOf/1/properties/value/type",keyword:"type",params:{type: schema34.oneOf[1].properties.value.type},message:"must be string,number,boolean",schema:schema34.oneOf[1].properties.value.type,parentSchema:schema34.oneOf[1].properties.value,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.secret !== undefined){
let data15 = data13.secret;
if(typeof data15 !== "boolean"){
const err35 = {instancePath:instancePath+"/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/$defs/maybeSecret/oneOf/1/properties/secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.oneOf[1].properties.secret.type,parentSchema:schema34.oneOf[1].properties.secret,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid14){
valid14 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid14 = true;
passing0 = 1;
}
}
if(!valid14){
const err37 = {instancePath:instancePath+"/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/maybeSecret/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
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
}
}
else {
const err38 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.vars.type,parentSchema:schema31.properties.vars,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.otel !== undefined){
let data16 = data.otel;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key6 in data16){
if(!(((((((key6 === "exporter") || (key6 === "endpoint")) || (key6 === "headers")) || (key6 === "service_name")) || (key6 === "resources")) || (key6 === "receiver")) || (key6 === "receiver_max_spans"))){
const err39 = {instancePath:instancePath+"/otel",schemaPath:"#/properties/otel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.otel,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data16.exporter !== undefined){
let data17 = data16.exporter;
if(!(((data17 === "none") || (data17 === "stdout")) || (data17 === "otlp"))){
const err40 = {instancePath:instancePath+"/otel/exporter",schemaPath:"#/properties/otel/properties/exporter/enum",keyword:"enum",params:{allowedValues: schema31.properties.otel.properties.exporter.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.otel.properties.exporter.enum,parentSchema:schema31.properties.otel.properties.exporter,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data16.endpoint !== undefined){
let data18 = data16.endpoint;
if(typeof data18 === "string"){
if(!(formats2(data18))){
const err41 = {instancePath:instancePath+"/otel/endpoint",schemaPath:"#/properties/otel/properties/endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema31.properties.otel.properties.endpoint,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/otel/endpoint",schemaPath:"#/properties/otel/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.otel.properties.endpoint.type,parentSchema:schema31.properties.otel.properties.endpoint,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data16.headers !== undefined){
let data19 = data16.headers;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key7 in data19){
let data20 = data19[key7];
if(typeof data20 !== "string"){
const err43 = {instancePath:instancePath+"/otel/headers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/otel/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.otel.properties.headers.additionalProperties.type,parentSchema:schema31.properties.otel.properties.headers.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/otel/headers",schemaPath:"#/properties/otel/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.otel.properties.headers.type,parentSchema:schema31.properties.otel.properties.headers,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.service_name !== undefined){
let data21 = data16.service_name;
if(typeof data21 !== "string"){
const err45 = {instancePath:instancePath+"/otel/service_name",schemaPath:"#/properties/otel/properties/service_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.otel.properties.service_name.type,parentSchema:schema31.properties.otel.properties.service_name,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data16.resources !== undefined){
let data22 = data16.resources;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key8 in data22){
let data23 = data22[key8];
if(((typeof data23 !== "string") && (!(typeof data23 == "number"))) && (typeof data23 !== "boolean")){
const err46 = {instancePath:instancePath+"/otel/resources/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/otel/properties/resources/additionalProperties/type",keyword:"type",params:{type: schema31.properties.otel.properties.resources.additionalProperties.type},message:"must be string,number,boolean",schema:schema31.properties.otel.properties.resources.additionalProperties.type,parentSchema:schema31.properties.otel.properties.resources.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/otel/resources",schemaPath:"#/properties/otel/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.otel.properties.resources.type,parentSchema:schema31.properties.otel.properties.resources,data:data22};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16.receiver !== undefined){
let data24 = data16.receiver;
if(typeof data24 !== "boolean"){
const err48 = {instancePath:instancePath+"/otel/receiver",schemaPath:"#/properties/otel/properties/receiver/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.otel.properties.receiver.type,parentSchema:schema31.properties.otel.properties.receiver,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.receiver_max_spans !== undefined){
let data25 = data16.receiver_max_spans;
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
const err49 = {instancePath:instancePath+"/otel/receiver_max_spans",schemaPath:"#/properties/otel/properties/receiver_max_spans/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.otel.properties.receiver_max_spans.type,parentSchema:schema31.properties.otel.properties.receiver_max_spans,data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(typeof data25 == "number"){
if(data25 > 20000000 || isNaN(data25)){
const err50 = {instancePath:instancePath+"/otel/receiver_max_spans",schemaPath:"#/properties/otel/properties/receiver_max_spans/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000000},message:"must be <= 20000000",schema:20000000,parentSchema:schema31.properties.otel.properties.receiver_max_spans,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data25 < 1 || isNaN(data25)){
const err51 = {instancePath:instancePath+"/otel/receiver_max_spans",schemaPath:"#/properties/otel/properties/receiver_max_spans/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.otel.properties.receiver_max_spans,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
}
else {
const err52 = {instancePath:instancePath+"/otel",schemaPath:"#/properties/otel/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.otel.type,parentSchema:schema31.properties.otel,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.limits !== undefined){
let data26 = data.limits;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key9 in data26){
if(!((((key9 === "cpu_millicores") || (key9 === "memory_mb")) || (key9 === "pids")) || (key9 === "max_duration_seconds"))){
const err53 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.limits,data:data26};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data26.cpu_millicores !== undefined){
let data27 = data26.cpu_millicores;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err54 = {instancePath:instancePath+"/limits/cpu_millicores",schemaPath:"#/$defs/cpuMillicores/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(typeof data27 == "number"){
if(data27 > 1024000 || isNaN(data27)){
const err55 = {instancePath:instancePath+"/limits/cpu_millicores",schemaPath:"#/$defs/cpuMillicores/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024000},message:"must be <= 1024000",schema:1024000,parentSchema:schema35,data:data27};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data27 < 1 || isNaN(data27)){
const err56 = {instancePath:instancePath+"/limits/cpu_millicores",schemaPath:"#/$defs/cpuMillicores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema35,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data26.memory_mb !== undefined){
let data28 = data26.memory_mb;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
const err57 = {instancePath:instancePath+"/limits/memory_mb",schemaPath:"#/$defs/memoryMb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data28};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(typeof data28 == "number"){
if(data28 > 1048576 || isNaN(data28)){
const err58 = {instancePath:instancePath+"/limits/memory_mb",schemaPath:"#/$defs/memoryMb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576",schema:1048576,parentSchema:schema36,data:data28};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data28 < 6 || isNaN(data28)){
const err59 = {instancePath:instancePath+"/limits/memory_mb",schemaPath:"#/$defs/memoryMb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6},message:"must be >= 6",schema:6,parentSchema:schema36,data:data28};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data26.pids !== undefined){
let data29 = data26.pids;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err60 = {instancePath:instancePath+"/limits/pids",schemaPath:"#/properties/limits/properties/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.limits.properties.pids.type,parentSchema:schema31.properties.limits.properties.pids,data:data29};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 < 1 || isNaN(data29)){
const err61 = {instancePath:instancePath+"/limits/pids",schemaPath:"#/properties/limits/properties/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.limits.properties.pids,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data26.max_duration_seconds !== undefined){
let data30 = data26.max_duration_seconds;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
const err62 = {instancePath:instancePath+"/limits/max_duration_seconds",schemaPath:"#/properties/limits/properties/max_duration_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.limits.properties.max_duration_seconds.type,parentSchema:schema31.properties.limits.properties.max_duration_seconds,data:data30};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(typeof data30 == "number"){
if(data30 < 1 || isNaN(data30)){
const err63 = {instancePath:instancePath+"/limits/max_duration_seconds",schemaPath:"#/properties/limits/properties/max_duration_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.limits.properties.max_duration_seconds,data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.limits.type,parentSchema:schema31.properties.limits,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.cleanup !== undefined){
let data31 = data.cleanup;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key10 in data31){
if(!(((key10 === "containers") || (key10 === "verify_cleanup")) || (key10 === "timeout_ms"))){
const err65 = {instancePath:instancePath+"/cleanup",schemaPath:"#/properties/cleanup/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.cleanup,data:data31};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data31.containers !== undefined){
let data32 = data31.containers;
if(!(((data32 === "always") || (data32 === "on_success")) || (data32 === "never"))){
const err66 = {instancePath:instancePath+"/cleanup/containers",schemaPath:"#/properties/cleanup/properties/containers/enum",keyword:"enum",params:{allowedValues: schema31.properties.cleanup.properties.containers.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.cleanup.properties.containers.enum,parentSchema:schema31.properties.cleanup.properties.containers,data:data32};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data31.verify_cleanup !== undefined){
let data33 = data31.verify_cleanup;
if(typeof data33 !== "boolean"){
const err67 = {instancePath:instancePath+"/cleanup/verify_cleanup",schemaPath:"#/properties/cleanup/properties/verify_cleanup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.cleanup.properties.verify_cleanup.type,parentSchema:schema31.properties.cleanup.properties.verify_cleanup,data:data33};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data31.timeout_ms !== undefined){
let data34 = data31.timeout_ms;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
const err68 = {instancePath:instancePath+"/cleanup/timeout_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(typeof data34 == "number"){
if(data34 > 86400000 || isNaN(data34)){
const err69 = {instancePath:instancePath+"/cleanup/timeout_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data34 < 0 || isNaN(data34)){
const err70 = {instancePath:instancePath+"/cleanup/timeout_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
}
else {
const err71 = {instancePath:instancePath+"/cleanup",schemaPath:"#/properties/cleanup/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.cleanup.type,parentSchema:schema31.properties.cleanup,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.report !== undefined){
let data35 = data.report;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key11 in data35){
if(!((key11 === "dir") || (key11 === "formats"))){
const err72 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.report,data:data35};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data35.dir !== undefined){
let data36 = data35.dir;
if(typeof data36 === "string"){
if((data36.length < 2 && func2(data36) < 1)){
const err73 = {instancePath:instancePath+"/report/dir",schemaPath:"#/properties/report/properties/dir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.report.properties.dir,data:data36};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/report/dir",schemaPath:"#/properties/report/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.report.properties.dir.type,parentSchema:schema31.properties.report.properties.dir,data:data36};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data35.formats !== undefined){
let data37 = data35.formats;
if(Array.isArray(data37)){
const len2 = data37.length;
for(let i4=0; i4<len2; i4++){
let data38 = data37[i4];
if(!(((((data38 === "json") || (data38 === "junit")) || (data38 === "digest")) || (data38 === "cleanup")) || (data38 === "html"))){
const err75 = {instancePath:instancePath+"/report/formats/" + i4,schemaPath:"#/properties/report/properties/formats/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.report.properties.formats.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.report.properties.formats.items.enum,parentSchema:schema31.properties.report.properties.formats.items,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
let i5 = data37.length;
let j2;
if(i5 > 1){
outer0:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data37[i5], data37[j2])){
const err76 = {instancePath:instancePath+"/report/formats",schemaPath:"#/properties/report/properties/formats/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema31.properties.report.properties.formats,data:data37};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err77 = {instancePath:instancePath+"/report/formats",schemaPath:"#/properties/report/properties/formats/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.report.properties.formats.type,parentSchema:schema31.properties.report.properties.formats,data:data37};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.report.type,parentSchema:schema31.properties.report,data:data35};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.network !== undefined){
let data39 = data.network;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key12 in data39){
if(!((key12 === "egress") || (key12 === "allow"))){
const err79 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.network,data:data39};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data39.egress !== undefined){
let data40 = data39.egress;
if(typeof data40 !== "boolean"){
const err80 = {instancePath:instancePath+"/network/egress",schemaPath:"#/properties/network/properties/egress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.network.properties.egress.type,parentSchema:schema31.properties.network.properties.egress,data:data40};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data39.allow !== undefined){
let data41 = data39.allow;
if(Array.isArray(data41)){
const len3 = data41.length;
for(let i6=0; i6<len3; i6++){
let data42 = data41[i6];
if(typeof data42 === "string"){
if(!pattern6.test(data42)){
const err81 = {instancePath:instancePath+"/network/allow/" + i6,schemaPath:"#/properties/network/properties/allow/items/pattern",keyword:"pattern",params:{pattern: "^host:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(/(tcp|udp))?$"},message:"must match pattern \""+"^host:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(/(tcp|udp))?$"+"\"",schema:"^host:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(/(tcp|udp))?$",parentSchema:schema31.properties.network.properties.allow.items,data:data42};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/network/allow/" + i6,schemaPath:"#/properties/network/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.network.properties.allow.items.type,parentSchema:schema31.properties.network.properties.allow.items,data:data42};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
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
const err83 = {instancePath:instancePath+"/network/allow",schemaPath:"#/properties/network/properties/allow/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema31.properties.network.properties.allow,data:data41};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
break;
}
indices2[item2] = i7;
}
}
}
else {
const err84 = {instancePath:instancePath+"/network/allow",schemaPath:"#/properties/network/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.network.properties.allow.type,parentSchema:schema31.properties.network.properties.allow,data:data41};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.network.type,parentSchema:schema31.properties.network,data:data39};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.chaos !== undefined){
let data43 = data.chaos;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key13 in data43){
if(!(key13 === "preset")){
const err86 = {instancePath:instancePath+"/chaos",schemaPath:"#/properties/chaos/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.chaos,data:data43};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data43.preset !== undefined){
let data44 = data43.preset;
if(!(((data44 === "none") || (data44 === "gentle")) || (data44 === "aggressive"))){
const err87 = {instancePath:instancePath+"/chaos/preset",schemaPath:"#/properties/chaos/properties/preset/enum",keyword:"enum",params:{allowedValues: schema31.properties.chaos.properties.preset.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.chaos.properties.preset.enum,parentSchema:schema31.properties.chaos.properties.preset,data:data44};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/chaos",schemaPath:"#/properties/chaos/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.chaos.type,parentSchema:schema31.properties.chaos,data:data43};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.game_day !== undefined){
let data45 = data.game_day;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.name === undefined){
const err89 = {instancePath:instancePath+"/game_day",schemaPath:"#/properties/game_day/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.game_day.required,parentSchema:schema31.properties.game_day,data:data45};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key14 in data45){
if(!((key14 === "name") || (key14 === "description"))){
const err90 = {instancePath:instancePath+"/game_day",schemaPath:"#/properties/game_day/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.game_day,data:data45};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data45.name !== undefined){
let data46 = data45.name;
if(typeof data46 === "string"){
if((data46.length < 2 && func2(data46) < 1)){
const err91 = {instancePath:instancePath+"/game_day/name",schemaPath:"#/properties/game_day/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.game_day.properties.name,data:data46};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/game_day/name",schemaPath:"#/properties/game_day/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.game_day.properties.name.type,parentSchema:schema31.properties.game_day.properties.name,data:data46};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data45.description !== undefined){
let data47 = data45.description;
if(typeof data47 !== "string"){
const err93 = {instancePath:instancePath+"/game_day/description",schemaPath:"#/properties/game_day/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.game_day.properties.description.type,parentSchema:schema31.properties.game_day.properties.description,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/game_day",schemaPath:"#/properties/game_day/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.game_day.type,parentSchema:schema31.properties.game_day,data:data45};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.service !== undefined){
let data48 = data.service;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key15 in data48){
const _errs120 = errors;
if(typeof key15 === "string"){
if((key15.length > 128 && func2(key15) > 128)){
const err95 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!pattern4.test(key15)){
const err96 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var valid34 = _errs120 === errors;
if(!valid34){
const err98 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/propertyNames",keyword:"propertyNames",params:{propertyName: key15},message:"property name must be valid",schema:schema31.properties.service.propertyNames,parentSchema:schema31.properties.service,data:data48};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
for(const key16 in data48){
if(!(validate21(data48[key16], {instancePath:instancePath+"/service/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data48,parentDataProperty:key16,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err99 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.service.type,parentSchema:schema31.properties.service,data:data48};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.proxy !== undefined){
let data50 = data.proxy;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key17 in data50){
const _errs127 = errors;
if(typeof key17 === "string"){
if((key17.length > 128 && func2(key17) > 128)){
const err100 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(!pattern4.test(key17)){
const err101 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var valid37 = _errs127 === errors;
if(!valid37){
const err103 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/propertyNames",keyword:"propertyNames",params:{propertyName: key17},message:"property name must be valid",schema:schema31.properties.proxy.propertyNames,parentSchema:schema31.properties.proxy,data:data50};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
for(const key18 in data50){
let data51 = data50[key18];
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.upstream === undefined){
const err104 = {instancePath:instancePath+"/proxy/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/proxy/required",keyword:"required",params:{missingProperty: "upstream"},message:"must have required property '"+"upstream"+"'",schema:schema50.required,parentSchema:schema50,data:data51};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key19 in data51){
if(!((key19 === "listen") || (key19 === "upstream"))){
const err105 = {instancePath:instancePath+"/proxy/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/proxy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data:data51};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data51.listen !== undefined){
let data52 = data51.listen;
if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){
const err106 = {instancePath:instancePath+"/proxy/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/listen",schemaPath:"#/$defs/proxy/properties/listen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.listen.type,parentSchema:schema50.properties.listen,data:data52};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(typeof data52 == "number"){
if(data52 > 65535 || isNaN(data52)){
const err107 = {instancePath:instancePath+"/proxy/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/listen",schemaPath:"#/$defs/proxy/properties/listen/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema50.properties.listen,data:data52};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data52 < 1 || isNaN(data52)){
const err108 = {instancePath:instancePath+"/proxy/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/listen",schemaPath:"#/$defs/proxy/properties/listen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.listen,data:data52};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
if(data51.upstream !== undefined){
let data53 = data51.upstream;
if(typeof data53 === "string"){
if(!pattern11.test(data53)){
const err109 = {instancePath:instancePath+"/proxy/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/upstream",schemaPath:"#/$defs/proxy/properties/upstream/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*:[0-9]{1,5}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*:[0-9]{1,5}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*:[0-9]{1,5}$",parentSchema:schema50.properties.upstream,data:data53};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/proxy/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/upstream",schemaPath:"#/$defs/proxy/properties/upstream/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.upstream.type,parentSchema:schema50.properties.upstream,data:data53};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/proxy/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/proxy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data51};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.proxy.type,parentSchema:schema31.properties.proxy,data:data50};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.scenario !== undefined){
let data54 = data.scenario;
if(Array.isArray(data54)){
if(data54.length < 1){
const err113 = {instancePath:instancePath+"/scenario",schemaPath:"#/properties/scenario/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.scenario,data:data54};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
const len4 = data54.length;
for(let i8=0; i8<len4; i8++){
if(!(validate25(data54[i8], {instancePath:instancePath+"/scenario/" + i8,parentData:data54,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err114 = {instancePath:instancePath+"/scenario",schemaPath:"#/properties/scenario/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.scenario.type,parentSchema:schema31.properties.scenario,data:data54};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.expect !== undefined){
if(!(validate39(data.expect, {instancePath:instancePath+"/expect",parentData:data,parentDataProperty:"expect",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err115 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const fault = validate65;

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("kill_container" !== data.type){
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
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.signal !== undefined){
let data1 = data.signal;
if(!(((((((((data1 === "SIGKILL") || (data1 === "SIGTERM")) || (data1 === "SIGINT")) || (data1 === "SIGHUP")) || (data1 === "SIGUSR1")) || (data1 === "SIGUSR2")) || (data1 === "SIGQUIT")) || (data1 === "SIGSTOP")) || (data1 === "SIGCONT"))){
const err1 = {instancePath:instancePath+"/signal",schemaPath:"#/$defs/signalName/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data1};
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
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.signal = true;
props0.type = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[0].if,parentSchema:schema67.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs9 = errors;
let valid5 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("stop_container" !== data.type){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stop_timeout_ms !== undefined){
let data3 = data.stop_timeout_ms;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/stop_timeout_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 86400000 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/stop_timeout_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/stop_timeout_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid1 = _errs12 === errors;
valid5 = _valid1;
if(valid5){
var props1 = {};
props1.stop_timeout_ms = true;
props1.type = true;
}
}
if(!valid5){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[1].if,parentSchema:schema67.allOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs21 = errors;
let valid9 = true;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("signal" !== data.type){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid2 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.signal !== undefined){
let data5 = data.signal;
if(!(((((((((data5 === "SIGKILL") || (data5 === "SIGTERM")) || (data5 === "SIGINT")) || (data5 === "SIGHUP")) || (data5 === "SIGUSR1")) || (data5 === "SIGUSR2")) || (data5 === "SIGQUIT")) || (data5 === "SIGSTOP")) || (data5 === "SIGCONT"))){
const err9 = {instancePath:instancePath+"/signal",schemaPath:"#/$defs/signalName/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data5};
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
var _valid2 = _errs24 === errors;
valid9 = _valid2;
if(valid9){
var props2 = {};
props2.signal = true;
props2.type = true;
}
}
if(!valid9){
const err10 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[4].if,parentSchema:schema67.allOf[4],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs28 = errors;
let valid13 = true;
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("kill_process" !== data.type){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var _valid3 = _errs29 === errors;
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs31 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.process === undefined){
const err12 = {instancePath,schemaPath:"#/allOf/5/then/required",keyword:"required",params:{missingProperty: "process"},message:"must have required property '"+"process"+"'",schema:schema67.allOf[5].then.required,parentSchema:schema67.allOf[5].then,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.process !== undefined){
let data7 = data.process;
if(typeof data7 === "string"){
if((data7.length < 2 && func2(data7) < 1)){
const err13 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/5/then/properties/process/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[5].then.properties.process,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/5/then/properties/process/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[5].then.properties.process.type,parentSchema:schema67.allOf[5].then.properties.process,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.signal !== undefined){
let data8 = data.signal;
if(!(((((((((data8 === "SIGKILL") || (data8 === "SIGTERM")) || (data8 === "SIGINT")) || (data8 === "SIGHUP")) || (data8 === "SIGUSR1")) || (data8 === "SIGUSR2")) || (data8 === "SIGQUIT")) || (data8 === "SIGSTOP")) || (data8 === "SIGCONT"))){
const err15 = {instancePath:instancePath+"/signal",schemaPath:"#/$defs/signalName/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
var _valid3 = _errs31 === errors;
valid13 = _valid3;
if(valid13){
var props3 = {};
props3.process = true;
props3.signal = true;
props3.type = true;
}
}
if(!valid13){
const err16 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[5].if,parentSchema:schema67.allOf[5],data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs37 = errors;
let valid17 = true;
const _errs38 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("memory_pressure" !== data.type){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
var _valid4 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs40 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.memory_mb !== undefined){
let data10 = data.memory_mb;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err18 = {instancePath:instancePath+"/memory_mb",schemaPath:"#/$defs/memoryMb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 > 1048576 || isNaN(data10)){
const err19 = {instancePath:instancePath+"/memory_mb",schemaPath:"#/$defs/memoryMb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576",schema:1048576,parentSchema:schema36,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data10 < 6 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/memory_mb",schemaPath:"#/$defs/memoryMb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6},message:"must be >= 6",schema:6,parentSchema:schema36,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
var _valid4 = _errs40 === errors;
valid17 = _valid4;
if(valid17){
var props4 = {};
props4.memory_mb = true;
props4.type = true;
}
}
if(!valid17){
const err21 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[6].if,parentSchema:schema67.allOf[6],data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs45 = errors;
let valid21 = true;
const _errs46 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("cpu_throttle" !== data.type){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
var _valid5 = _errs46 === errors;
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cpu_percent === undefined){
const err23 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "cpu_percent"},message:"must have required property '"+"cpu_percent"+"'",schema:schema67.allOf[7].then.required,parentSchema:schema67.allOf[7].then,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.cpu_percent !== undefined){
let data12 = data.cpu_percent;
if(typeof data12 == "number"){
if(data12 > 100 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/allOf/7/then/properties/cpu_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema67.allOf[7].then.properties.cpu_percent,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 <= 0 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/allOf/7/then/properties/cpu_percent/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema67.allOf[7].then.properties.cpu_percent,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/allOf/7/then/properties/cpu_percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[7].then.properties.cpu_percent.type,parentSchema:schema67.allOf[7].then.properties.cpu_percent,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
var _valid5 = _errs48 === errors;
valid21 = _valid5;
if(valid21){
var props5 = {};
props5.cpu_percent = true;
props5.type = true;
}
}
if(!valid21){
const err27 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[7].if,parentSchema:schema67.allOf[7],data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs52 = errors;
let valid24 = true;
const _errs53 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("disk_fill" !== data.type){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
var _valid6 = _errs53 === errors;
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs55 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err29 = {instancePath,schemaPath:"#/allOf/8/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema67.allOf[8].then.required,parentSchema:schema67.allOf[8].then,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.path !== undefined){
let data14 = data.path;
if(typeof data14 === "string"){
if((data14.length < 2 && func2(data14) < 1)){
const err30 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/8/then/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[8].then.properties.path,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/8/then/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[8].then.properties.path.type,parentSchema:schema67.allOf[8].then.properties.path,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.size_mb !== undefined){
let data15 = data.size_mb;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err32 = {instancePath:instancePath+"/size_mb",schemaPath:"#/allOf/8/then/properties/size_mb/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[8].then.properties.size_mb.type,parentSchema:schema67.allOf[8].then.properties.size_mb,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 < 1 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/size_mb",schemaPath:"#/allOf/8/then/properties/size_mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[8].then.properties.size_mb,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
var _valid6 = _errs55 === errors;
valid24 = _valid6;
if(valid24){
var props6 = {};
props6.path = true;
props6.size_mb = true;
props6.type = true;
}
}
if(!valid24){
const err34 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[8].if,parentSchema:schema67.allOf[8],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs61 = errors;
let valid27 = true;
const _errs62 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("fd_exhaustion" !== data.type){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
var _valid7 = _errs62 === errors;
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs64 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nofile !== undefined){
let data17 = data.nofile;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err36 = {instancePath:instancePath+"/nofile",schemaPath:"#/allOf/9/then/properties/nofile/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[9].then.properties.nofile.type,parentSchema:schema67.allOf[9].then.properties.nofile,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 < 3 || isNaN(data17)){
const err37 = {instancePath:instancePath+"/nofile",schemaPath:"#/allOf/9/then/properties/nofile/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3},message:"must be >= 3",schema:3,parentSchema:schema67.allOf[9].then.properties.nofile,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
var _valid7 = _errs64 === errors;
valid27 = _valid7;
if(valid27){
var props7 = {};
props7.nofile = true;
props7.type = true;
}
}
if(!valid27){
const err38 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[9].if,parentSchema:schema67.allOf[9],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs68 = errors;
let valid30 = true;
const _errs69 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("exit_code" !== data.type){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
var _valid8 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs71 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exit_code === undefined){
const err40 = {instancePath,schemaPath:"#/allOf/10/then/required",keyword:"required",params:{missingProperty: "exit_code"},message:"must have required property '"+"exit_code"+"'",schema:schema67.allOf[10].then.required,parentSchema:schema67.allOf[10].then,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data.exit_code !== undefined){
let data19 = data.exit_code;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err41 = {instancePath:instancePath+"/exit_code",schemaPath:"#/allOf/10/then/properties/exit_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[10].then.properties.exit_code.type,parentSchema:schema67.allOf[10].then.properties.exit_code,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 > 255 || isNaN(data19)){
const err42 = {instancePath:instancePath+"/exit_code",schemaPath:"#/allOf/10/then/properties/exit_code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255",schema:255,parentSchema:schema67.allOf[10].then.properties.exit_code,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err43 = {instancePath:instancePath+"/exit_code",schemaPath:"#/allOf/10/then/properties/exit_code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[10].then.properties.exit_code,data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
var _valid8 = _errs71 === errors;
valid30 = _valid8;
if(valid30){
var props8 = {};
props8.exit_code = true;
props8.type = true;
}
}
if(!valid30){
const err44 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[10].if,parentSchema:schema67.allOf[10],data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs77 = errors;
let valid33 = true;
const _errs78 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("syscall_error" !== data.type){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
var _valid9 = _errs78 === errors;
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs80 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errno === undefined){
const err46 = {instancePath,schemaPath:"#/allOf/12/then/required",keyword:"required",params:{missingProperty: "errno"},message:"must have required property '"+"errno"+"'",schema:schema67.allOf[12].then.required,parentSchema:schema67.allOf[12].then,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data.syscalls !== undefined){
let data21 = data.syscalls;
if(Array.isArray(data21)){
if(data21.length < 1){
const err47 = {instancePath:instancePath+"/syscalls",schemaPath:"#/allOf/12/then/properties/syscalls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.allOf[12].then.properties.syscalls,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
if(typeof data22 === "string"){
if(!pattern16.test(data22)){
const err48 = {instancePath:instancePath+"/syscalls/" + i0,schemaPath:"#/allOf/12/then/properties/syscalls/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]*$"+"\"",schema:"^[a-z_][a-z0-9_]*$",parentSchema:schema67.allOf[12].then.properties.syscalls.items,data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/syscalls/" + i0,schemaPath:"#/allOf/12/then/properties/syscalls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[12].then.properties.syscalls.items.type,parentSchema:schema67.allOf[12].then.properties.syscalls.items,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/syscalls",schemaPath:"#/allOf/12/then/properties/syscalls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[12].then.properties.syscalls.type,parentSchema:schema67.allOf[12].then.properties.syscalls,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.class !== undefined){
let data23 = data.class;
if(!(((((((((data23 === "file") || (data23 === "desc")) || (data23 === "network")) || (data23 === "memory")) || (data23 === "process")) || (data23 === "signal")) || (data23 === "ipc")) || (data23 === "creds")) || (data23 === "clock"))){
const err51 = {instancePath:instancePath+"/class",schemaPath:"#/allOf/12/then/properties/class/enum",keyword:"enum",params:{allowedValues: schema67.allOf[12].then.properties.class.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[12].then.properties.class.enum,parentSchema:schema67.allOf[12].then.properties.class,data:data23};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.rate_pct !== undefined){
let data24 = data.rate_pct;
if(typeof data24 == "number"){
if(data24 > 100 || isNaN(data24)){
const err52 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/12/then/properties/rate_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema67.allOf[12].then.properties.rate_pct,data:data24};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err53 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/12/then/properties/rate_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[12].then.properties.rate_pct,data:data24};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/12/then/properties/rate_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[12].then.properties.rate_pct.type,parentSchema:schema67.allOf[12].then.properties.rate_pct,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.process !== undefined){
let data25 = data.process;
if(typeof data25 === "string"){
if((data25.length < 2 && func2(data25) < 1)){
const err55 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/12/then/properties/process/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[12].then.properties.process,data:data25};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/12/then/properties/process/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[12].then.properties.process.type,parentSchema:schema67.allOf[12].then.properties.process,data:data25};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.errno !== undefined){
let data26 = data.errno;
if(!(((((((((((((((((((((((data26 === "EIO") || (data26 === "ENOSPC")) || (data26 === "EDQUOT")) || (data26 === "EROFS")) || (data26 === "ENETDOWN")) || (data26 === "ENETUNREACH")) || (data26 === "EHOSTUNREACH")) || (data26 === "ECONNREFUSED")) || (data26 === "ECONNRESET")) || (data26 === "ETIMEDOUT")) || (data26 === "ENOMEM")) || (data26 === "EINTR")) || (data26 === "EAGAIN")) || (data26 === "EACCES")) || (data26 === "EPERM")) || (data26 === "ENOENT")) || (data26 === "EBADF")) || (data26 === "EMFILE")) || (data26 === "ENFILE")) || (data26 === "EBUSY")) || (data26 === "EPIPE")) || (data26 === "EINVAL")) || (data26 === "EFAULT"))){
const err57 = {instancePath:instancePath+"/errno",schemaPath:"#/allOf/12/then/properties/errno/enum",keyword:"enum",params:{allowedValues: schema67.allOf[12].then.properties.errno.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[12].then.properties.errno.enum,parentSchema:schema67.allOf[12].then.properties.errno,data:data26};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
var _valid9 = _errs80 === errors;
valid33 = _valid9;
if(valid33){
var props9 = {};
props9.syscalls = true;
props9.class = true;
props9.rate_pct = true;
props9.process = true;
props9.errno = true;
props9.type = true;
}
}
if(!valid33){
const err58 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[12].if,parentSchema:schema67.allOf[12],data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs92 = errors;
let valid38 = true;
const _errs93 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("slow_io" !== data.type){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
var _valid10 = _errs93 === errors;
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs95 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.call_delay_ms === undefined){
const err60 = {instancePath,schemaPath:"#/allOf/13/then/required",keyword:"required",params:{missingProperty: "call_delay_ms"},message:"must have required property '"+"call_delay_ms"+"'",schema:schema67.allOf[13].then.required,parentSchema:schema67.allOf[13].then,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data.syscalls !== undefined){
let data28 = data.syscalls;
if(Array.isArray(data28)){
if(data28.length < 1){
const err61 = {instancePath:instancePath+"/syscalls",schemaPath:"#/allOf/13/then/properties/syscalls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.allOf[13].then.properties.syscalls,data:data28};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
const len1 = data28.length;
for(let i1=0; i1<len1; i1++){
let data29 = data28[i1];
if(typeof data29 === "string"){
if(!pattern16.test(data29)){
const err62 = {instancePath:instancePath+"/syscalls/" + i1,schemaPath:"#/allOf/13/then/properties/syscalls/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]*$"+"\"",schema:"^[a-z_][a-z0-9_]*$",parentSchema:schema67.allOf[13].then.properties.syscalls.items,data:data29};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/syscalls/" + i1,schemaPath:"#/allOf/13/then/properties/syscalls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[13].then.properties.syscalls.items.type,parentSchema:schema67.allOf[13].then.properties.syscalls.items,data:data29};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/syscalls",schemaPath:"#/allOf/13/then/properties/syscalls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[13].then.properties.syscalls.type,parentSchema:schema67.allOf[13].then.properties.syscalls,data:data28};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.class !== undefined){
let data30 = data.class;
if(!(((((((((data30 === "file") || (data30 === "desc")) || (data30 === "network")) || (data30 === "memory")) || (data30 === "process")) || (data30 === "signal")) || (data30 === "ipc")) || (data30 === "creds")) || (data30 === "clock"))){
const err65 = {instancePath:instancePath+"/class",schemaPath:"#/allOf/13/then/properties/class/enum",keyword:"enum",params:{allowedValues: schema67.allOf[13].then.properties.class.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[13].then.properties.class.enum,parentSchema:schema67.allOf[13].then.properties.class,data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.rate_pct !== undefined){
let data31 = data.rate_pct;
if(typeof data31 == "number"){
if(data31 > 100 || isNaN(data31)){
const err66 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/13/then/properties/rate_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema67.allOf[13].then.properties.rate_pct,data:data31};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err67 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/13/then/properties/rate_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[13].then.properties.rate_pct,data:data31};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/rate_pct",schemaPath:"#/allOf/13/then/properties/rate_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[13].then.properties.rate_pct.type,parentSchema:schema67.allOf[13].then.properties.rate_pct,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.process !== undefined){
let data32 = data.process;
if(typeof data32 === "string"){
if((data32.length < 2 && func2(data32) < 1)){
const err69 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/13/then/properties/process/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[13].then.properties.process,data:data32};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/process",schemaPath:"#/allOf/13/then/properties/process/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[13].then.properties.process.type,parentSchema:schema67.allOf[13].then.properties.process,data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.call_delay_ms !== undefined){
let data33 = data.call_delay_ms;
if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){
const err71 = {instancePath:instancePath+"/call_delay_ms",schemaPath:"#/allOf/13/then/properties/call_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[13].then.properties.call_delay_ms.type,parentSchema:schema67.allOf[13].then.properties.call_delay_ms,data:data33};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(typeof data33 == "number"){
if(data33 > 60000 || isNaN(data33)){
const err72 = {instancePath:instancePath+"/call_delay_ms",schemaPath:"#/allOf/13/then/properties/call_delay_ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000",schema:60000,parentSchema:schema67.allOf[13].then.properties.call_delay_ms,data:data33};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data33 < 1 || isNaN(data33)){
const err73 = {instancePath:instancePath+"/call_delay_ms",schemaPath:"#/allOf/13/then/properties/call_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[13].then.properties.call_delay_ms,data:data33};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
}
var _valid10 = _errs95 === errors;
valid38 = _valid10;
if(valid38){
var props10 = {};
props10.syscalls = true;
props10.class = true;
props10.rate_pct = true;
props10.process = true;
props10.call_delay_ms = true;
props10.type = true;
}
}
if(!valid38){
const err74 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[13].if,parentSchema:schema67.allOf[13],data};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
const _errs110 = errors;
let valid43 = true;
const _errs111 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("partition" !== data.type){
const err75 = {};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
var _valid11 = _errs111 === errors;
errors = _errs110;
if(vErrors !== null){
if(_errs110){
vErrors.length = _errs110;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs113 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.groups !== undefined){
let data35 = data.groups;
if(Array.isArray(data35)){
if(data35.length < 2){
const err76 = {instancePath:instancePath+"/groups",schemaPath:"#/allOf/15/then/properties/groups/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema67.allOf[15].then.properties.groups,data:data35};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
const len2 = data35.length;
for(let i2=0; i2<len2; i2++){
let data36 = data35[i2];
if(Array.isArray(data36)){
if(data36.length < 1){
const err77 = {instancePath:instancePath+"/groups/" + i2,schemaPath:"#/allOf/15/then/properties/groups/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.allOf[15].then.properties.groups.items,data:data36};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
const len3 = data36.length;
for(let i3=0; i3<len3; i3++){
let data37 = data36[i3];
if(typeof data37 === "string"){
if((data37.length > 128 && func2(data37) > 128)){
const err78 = {instancePath:instancePath+"/groups/" + i2+"/" + i3,schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data37};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!pattern4.test(data37)){
const err79 = {instancePath:instancePath+"/groups/" + i2+"/" + i3,schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data37};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/groups/" + i2+"/" + i3,schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/groups/" + i2,schemaPath:"#/allOf/15/then/properties/groups/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[15].then.properties.groups.items.type,parentSchema:schema67.allOf[15].then.properties.groups.items,data:data36};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/groups",schemaPath:"#/allOf/15/then/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[15].then.properties.groups.type,parentSchema:schema67.allOf[15].then.properties.groups,data:data35};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.isolate !== undefined){
let data38 = data.isolate;
if(typeof data38 === "string"){
if((data38.length > 128 && func2(data38) > 128)){
const err83 = {instancePath:instancePath+"/isolate",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data38};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(!pattern4.test(data38)){
const err84 = {instancePath:instancePath+"/isolate",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data38};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/isolate",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data38};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.direction !== undefined){
let data39 = data.direction;
if(!((data39 === "both") || (data39 === "one_way"))){
const err86 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/15/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[15].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[15].then.properties.direction.enum,parentSchema:schema67.allOf[15].then.properties.direction,data:data39};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
var _valid11 = _errs113 === errors;
valid43 = _valid11;
if(valid43){
var props11 = {};
props11.groups = true;
props11.isolate = true;
props11.direction = true;
props11.type = true;
}
}
if(!valid43){
const err87 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[15].if,parentSchema:schema67.allOf[15],data};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(props0 !== true && props11 !== undefined){
if(props11 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props11);
}
}
const _errs126 = errors;
let valid52 = true;
const _errs127 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("blackhole" !== data.type){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
var _valid12 = _errs127 === errors;
errors = _errs126;
if(vErrors !== null){
if(_errs126){
vErrors.length = _errs126;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs129 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.host !== undefined){
let data41 = data.host;
if(typeof data41 === "string"){
if((data41.length < 2 && func2(data41) < 1)){
const err89 = {instancePath:instancePath+"/host",schemaPath:"#/allOf/16/then/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[16].then.properties.host,data:data41};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/host",schemaPath:"#/allOf/16/then/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[16].then.properties.host.type,parentSchema:schema67.allOf[16].then.properties.host,data:data41};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.port !== undefined){
let data42 = data.port;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
const err91 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/16/then/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[16].then.properties.port.type,parentSchema:schema67.allOf[16].then.properties.port,data:data42};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(typeof data42 == "number"){
if(data42 > 65535 || isNaN(data42)){
const err92 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/16/then/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema67.allOf[16].then.properties.port,data:data42};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data42 < 1 || isNaN(data42)){
const err93 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/16/then/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[16].then.properties.port,data:data42};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
}
var _valid12 = _errs129 === errors;
valid52 = _valid12;
if(valid52){
var props12 = {};
props12.host = true;
props12.port = true;
props12.type = true;
}
}
if(!valid52){
const err94 = {instancePath,schemaPath:"#/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[16].if,parentSchema:schema67.allOf[16],data};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(props0 !== true && props12 !== undefined){
if(props12 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props12);
}
}
const _errs135 = errors;
let valid55 = true;
const _errs136 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("reject" !== data.type){
const err95 = {};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
var _valid13 = _errs136 === errors;
errors = _errs135;
if(vErrors !== null){
if(_errs135){
vErrors.length = _errs135;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs138 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.host !== undefined){
let data44 = data.host;
if(typeof data44 === "string"){
if((data44.length < 2 && func2(data44) < 1)){
const err96 = {instancePath:instancePath+"/host",schemaPath:"#/allOf/17/then/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.allOf[17].then.properties.host,data:data44};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/host",schemaPath:"#/allOf/17/then/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[17].then.properties.host.type,parentSchema:schema67.allOf[17].then.properties.host,data:data44};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.port !== undefined){
let data45 = data.port;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
const err98 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/17/then/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[17].then.properties.port.type,parentSchema:schema67.allOf[17].then.properties.port,data:data45};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(typeof data45 == "number"){
if(data45 > 65535 || isNaN(data45)){
const err99 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/17/then/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema67.allOf[17].then.properties.port,data:data45};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data45 < 1 || isNaN(data45)){
const err100 = {instancePath:instancePath+"/port",schemaPath:"#/allOf/17/then/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[17].then.properties.port,data:data45};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
}
var _valid13 = _errs138 === errors;
valid55 = _valid13;
if(valid55){
var props13 = {};
props13.host = true;
props13.port = true;
props13.type = true;
}
}
if(!valid55){
const err101 = {instancePath,schemaPath:"#/allOf/17/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[17].if,parentSchema:schema67.allOf[17],data};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(props0 !== true && props13 !== undefined){
if(props13 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props13);
}
}
const _errs144 = errors;
let valid58 = true;
const _errs145 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("packet_loss" !== data.type){
const err102 = {};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
var _valid14 = _errs145 === errors;
errors = _errs144;
if(vErrors !== null){
if(_errs144){
vErrors.length = _errs144;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs147 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.percent === undefined){
const err103 = {instancePath,schemaPath:"#/allOf/18/then/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'",schema:schema67.allOf[18].then.required,parentSchema:schema67.allOf[18].then,data};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data.percent !== undefined){
let data47 = data.percent;
if(typeof data47 == "number"){
if(data47 > 100 || isNaN(data47)){
const err104 = {instancePath:instancePath+"/percent",schemaPath:"#/allOf/18/then/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema67.allOf[18].then.properties.percent,data:data47};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data47 < 0 || isNaN(data47)){
const err105 = {instancePath:instancePath+"/percent",schemaPath:"#/allOf/18/then/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[18].then.properties.percent,data:data47};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/percent",schemaPath:"#/allOf/18/then/properties/percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[18].then.properties.percent.type,parentSchema:schema67.allOf[18].then.properties.percent,data:data47};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.mode !== undefined){
let data48 = data.mode;
if(!((data48 === "random") || (data48 === "nth"))){
const err107 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/18/then/properties/mode/enum",keyword:"enum",params:{allowedValues: schema67.allOf[18].then.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[18].then.properties.mode.enum,parentSchema:schema67.allOf[18].then.properties.mode,data:data48};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
var _valid14 = _errs147 === errors;
valid58 = _valid14;
if(valid58){
var props14 = {};
props14.percent = true;
props14.mode = true;
props14.type = true;
}
}
if(!valid58){
const err108 = {instancePath,schemaPath:"#/allOf/18/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[18].if,parentSchema:schema67.allOf[18],data};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(props0 !== true && props14 !== undefined){
if(props14 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props14);
}
}
const _errs152 = errors;
let valid61 = true;
const _errs153 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("latency" !== data.type){
const err109 = {};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
var _valid15 = _errs153 === errors;
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs155 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err110 = {instancePath,schemaPath:"#/allOf/19/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[19].then.required,parentSchema:schema67.allOf[19].then,data};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data.latency_ms === undefined){
const err111 = {instancePath,schemaPath:"#/allOf/19/then/required",keyword:"required",params:{missingProperty: "latency_ms"},message:"must have required property '"+"latency_ms"+"'",schema:schema67.allOf[19].then.required,parentSchema:schema67.allOf[19].then,data};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data.proxy !== undefined){
let data50 = data.proxy;
if(typeof data50 === "string"){
if((data50.length > 128 && func2(data50) > 128)){
const err112 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data50};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!pattern4.test(data50)){
const err113 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data50};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data50};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.direction !== undefined){
let data51 = data.direction;
if(!((data51 === "upstream") || (data51 === "downstream"))){
const err115 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/19/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[19].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[19].then.properties.direction.enum,parentSchema:schema67.allOf[19].then.properties.direction,data:data51};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data52 = data.toxicity;
if(typeof data52 == "number"){
if(data52 > 1 || isNaN(data52)){
const err116 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/19/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[19].then.properties.toxicity,data:data52};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data52 < 0 || isNaN(data52)){
const err117 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/19/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[19].then.properties.toxicity,data:data52};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/19/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[19].then.properties.toxicity.type,parentSchema:schema67.allOf[19].then.properties.toxicity,data:data52};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.latency_ms !== undefined){
let data53 = data.latency_ms;
if(!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))){
const err119 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data53};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(typeof data53 == "number"){
if(data53 > 86400000 || isNaN(data53)){
const err120 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data53};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data53 < 0 || isNaN(data53)){
const err121 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data53};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data.jitter_ms !== undefined){
let data54 = data.jitter_ms;
if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){
const err122 = {instancePath:instancePath+"/jitter_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data54};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(typeof data54 == "number"){
if(data54 > 86400000 || isNaN(data54)){
const err123 = {instancePath:instancePath+"/jitter_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data54};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data54 < 0 || isNaN(data54)){
const err124 = {instancePath:instancePath+"/jitter_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data54};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
}
var _valid15 = _errs155 === errors;
valid61 = _valid15;
if(valid61){
var props15 = {};
props15.proxy = true;
props15.direction = true;
props15.toxicity = true;
props15.latency_ms = true;
props15.jitter_ms = true;
props15.type = true;
}
}
if(!valid61){
const err125 = {instancePath,schemaPath:"#/allOf/19/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[19].if,parentSchema:schema67.allOf[19],data};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(props0 !== true && props15 !== undefined){
if(props15 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props15);
}
}
const _errs169 = errors;
let valid67 = true;
const _errs170 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("bandwidth" !== data.type){
const err126 = {};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
var _valid16 = _errs170 === errors;
errors = _errs169;
if(vErrors !== null){
if(_errs169){
vErrors.length = _errs169;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs172 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err127 = {instancePath,schemaPath:"#/allOf/20/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[20].then.required,parentSchema:schema67.allOf[20].then,data};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data.rate_kbps === undefined){
const err128 = {instancePath,schemaPath:"#/allOf/20/then/required",keyword:"required",params:{missingProperty: "rate_kbps"},message:"must have required property '"+"rate_kbps"+"'",schema:schema67.allOf[20].then.required,parentSchema:schema67.allOf[20].then,data};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data.proxy !== undefined){
let data56 = data.proxy;
if(typeof data56 === "string"){
if((data56.length > 128 && func2(data56) > 128)){
const err129 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data56};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(!pattern4.test(data56)){
const err130 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data56};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data56};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.direction !== undefined){
let data57 = data.direction;
if(!((data57 === "upstream") || (data57 === "downstream"))){
const err132 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/20/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[20].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[20].then.properties.direction.enum,parentSchema:schema67.allOf[20].then.properties.direction,data:data57};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data58 = data.toxicity;
if(typeof data58 == "number"){
if(data58 > 1 || isNaN(data58)){
const err133 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/20/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[20].then.properties.toxicity,data:data58};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data58 < 0 || isNaN(data58)){
const err134 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/20/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[20].then.properties.toxicity,data:data58};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/20/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[20].then.properties.toxicity.type,parentSchema:schema67.allOf[20].then.properties.toxicity,data:data58};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.rate_kbps !== undefined){
let data59 = data.rate_kbps;
if(!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))){
const err136 = {instancePath:instancePath+"/rate_kbps",schemaPath:"#/allOf/20/then/properties/rate_kbps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[20].then.properties.rate_kbps.type,parentSchema:schema67.allOf[20].then.properties.rate_kbps,data:data59};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(typeof data59 == "number"){
if(data59 < 1 || isNaN(data59)){
const err137 = {instancePath:instancePath+"/rate_kbps",schemaPath:"#/allOf/20/then/properties/rate_kbps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[20].then.properties.rate_kbps,data:data59};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
}
var _valid16 = _errs172 === errors;
valid67 = _valid16;
if(valid67){
var props16 = {};
props16.proxy = true;
props16.direction = true;
props16.toxicity = true;
props16.rate_kbps = true;
props16.type = true;
}
}
if(!valid67){
const err138 = {instancePath,schemaPath:"#/allOf/20/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[20].if,parentSchema:schema67.allOf[20],data};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(props0 !== true && props16 !== undefined){
if(props16 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props16);
}
}
const _errs182 = errors;
let valid71 = true;
const _errs183 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("slow_close" !== data.type){
const err139 = {};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
var _valid17 = _errs183 === errors;
errors = _errs182;
if(vErrors !== null){
if(_errs182){
vErrors.length = _errs182;
}
else {
vErrors = null;
}
}
if(_valid17){
const _errs185 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err140 = {instancePath,schemaPath:"#/allOf/21/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[21].then.required,parentSchema:schema67.allOf[21].then,data};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data.delay_close_ms === undefined){
const err141 = {instancePath,schemaPath:"#/allOf/21/then/required",keyword:"required",params:{missingProperty: "delay_close_ms"},message:"must have required property '"+"delay_close_ms"+"'",schema:schema67.allOf[21].then.required,parentSchema:schema67.allOf[21].then,data};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data.proxy !== undefined){
let data61 = data.proxy;
if(typeof data61 === "string"){
if((data61.length > 128 && func2(data61) > 128)){
const err142 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data61};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(!pattern4.test(data61)){
const err143 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data61};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data61};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data.direction !== undefined){
let data62 = data.direction;
if(!((data62 === "upstream") || (data62 === "downstream"))){
const err145 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/21/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[21].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[21].then.properties.direction.enum,parentSchema:schema67.allOf[21].then.properties.direction,data:data62};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data63 = data.toxicity;
if(typeof data63 == "number"){
if(data63 > 1 || isNaN(data63)){
const err146 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/21/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[21].then.properties.toxicity,data:data63};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data63 < 0 || isNaN(data63)){
const err147 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/21/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[21].then.properties.toxicity,data:data63};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/21/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[21].then.properties.toxicity.type,parentSchema:schema67.allOf[21].then.properties.toxicity,data:data63};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data.delay_close_ms !== undefined){
let data64 = data.delay_close_ms;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
const err149 = {instancePath:instancePath+"/delay_close_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data64};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(typeof data64 == "number"){
if(data64 > 86400000 || isNaN(data64)){
const err150 = {instancePath:instancePath+"/delay_close_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data64};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data64 < 0 || isNaN(data64)){
const err151 = {instancePath:instancePath+"/delay_close_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data64};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
}
var _valid17 = _errs185 === errors;
valid71 = _valid17;
if(valid71){
var props17 = {};
props17.proxy = true;
props17.direction = true;
props17.toxicity = true;
props17.delay_close_ms = true;
props17.type = true;
}
}
if(!valid71){
const err152 = {instancePath,schemaPath:"#/allOf/21/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[21].if,parentSchema:schema67.allOf[21],data};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(props0 !== true && props17 !== undefined){
if(props17 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props17);
}
}
const _errs196 = errors;
let valid76 = true;
const _errs197 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("proxy_timeout" !== data.type){
const err153 = {};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
var _valid18 = _errs197 === errors;
errors = _errs196;
if(vErrors !== null){
if(_errs196){
vErrors.length = _errs196;
}
else {
vErrors = null;
}
}
if(_valid18){
const _errs199 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err154 = {instancePath,schemaPath:"#/allOf/22/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[22].then.required,parentSchema:schema67.allOf[22].then,data};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data.proxy !== undefined){
let data66 = data.proxy;
if(typeof data66 === "string"){
if((data66.length > 128 && func2(data66) > 128)){
const err155 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data66};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(!pattern4.test(data66)){
const err156 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data66};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data66};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.direction !== undefined){
let data67 = data.direction;
if(!((data67 === "upstream") || (data67 === "downstream"))){
const err158 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/22/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[22].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[22].then.properties.direction.enum,parentSchema:schema67.allOf[22].then.properties.direction,data:data67};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data68 = data.toxicity;
if(typeof data68 == "number"){
if(data68 > 1 || isNaN(data68)){
const err159 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/22/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[22].then.properties.toxicity,data:data68};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data68 < 0 || isNaN(data68)){
const err160 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/22/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[22].then.properties.toxicity,data:data68};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/22/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[22].then.properties.toxicity.type,parentSchema:schema67.allOf[22].then.properties.toxicity,data:data68};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data.timeout_close_ms !== undefined){
let data69 = data.timeout_close_ms;
if(!((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69)))){
const err162 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data69};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(typeof data69 == "number"){
if(data69 > 86400000 || isNaN(data69)){
const err163 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data69};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data69 < 0 || isNaN(data69)){
const err164 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data69};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
}
var _valid18 = _errs199 === errors;
valid76 = _valid18;
if(valid76){
var props18 = {};
props18.proxy = true;
props18.direction = true;
props18.toxicity = true;
props18.timeout_close_ms = true;
props18.type = true;
}
}
if(!valid76){
const err165 = {instancePath,schemaPath:"#/allOf/22/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[22].if,parentSchema:schema67.allOf[22],data};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(props0 !== true && props18 !== undefined){
if(props18 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props18);
}
}
const _errs210 = errors;
let valid81 = true;
const _errs211 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("reset_peer" !== data.type){
const err166 = {};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
var _valid19 = _errs211 === errors;
errors = _errs210;
if(vErrors !== null){
if(_errs210){
vErrors.length = _errs210;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs213 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err167 = {instancePath,schemaPath:"#/allOf/23/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[23].then.required,parentSchema:schema67.allOf[23].then,data};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data.proxy !== undefined){
let data71 = data.proxy;
if(typeof data71 === "string"){
if((data71.length > 128 && func2(data71) > 128)){
const err168 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data71};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(!pattern4.test(data71)){
const err169 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data71};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data71};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data.direction !== undefined){
let data72 = data.direction;
if(!((data72 === "upstream") || (data72 === "downstream"))){
const err171 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/23/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[23].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[23].then.properties.direction.enum,parentSchema:schema67.allOf[23].then.properties.direction,data:data72};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data73 = data.toxicity;
if(typeof data73 == "number"){
if(data73 > 1 || isNaN(data73)){
const err172 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/23/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[23].then.properties.toxicity,data:data73};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data73 < 0 || isNaN(data73)){
const err173 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/23/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[23].then.properties.toxicity,data:data73};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/23/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[23].then.properties.toxicity.type,parentSchema:schema67.allOf[23].then.properties.toxicity,data:data73};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data.timeout_close_ms !== undefined){
let data74 = data.timeout_close_ms;
if(!((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74)))){
const err175 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data74};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(typeof data74 == "number"){
if(data74 > 86400000 || isNaN(data74)){
const err176 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data74};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data74 < 0 || isNaN(data74)){
const err177 = {instancePath:instancePath+"/timeout_close_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data74};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
}
var _valid19 = _errs213 === errors;
valid81 = _valid19;
if(valid81){
var props19 = {};
props19.proxy = true;
props19.direction = true;
props19.toxicity = true;
props19.timeout_close_ms = true;
props19.type = true;
}
}
if(!valid81){
const err178 = {instancePath,schemaPath:"#/allOf/23/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[23].if,parentSchema:schema67.allOf[23],data};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(props0 !== true && props19 !== undefined){
if(props19 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props19);
}
}
const _errs224 = errors;
let valid86 = true;
const _errs225 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("slicer" !== data.type){
const err179 = {};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
var _valid20 = _errs225 === errors;
errors = _errs224;
if(vErrors !== null){
if(_errs224){
vErrors.length = _errs224;
}
else {
vErrors = null;
}
}
if(_valid20){
const _errs227 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err180 = {instancePath,schemaPath:"#/allOf/24/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[24].then.required,parentSchema:schema67.allOf[24].then,data};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data.average_size === undefined){
const err181 = {instancePath,schemaPath:"#/allOf/24/then/required",keyword:"required",params:{missingProperty: "average_size"},message:"must have required property '"+"average_size"+"'",schema:schema67.allOf[24].then.required,parentSchema:schema67.allOf[24].then,data};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data.proxy !== undefined){
let data76 = data.proxy;
if(typeof data76 === "string"){
if((data76.length > 128 && func2(data76) > 128)){
const err182 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data76};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(!pattern4.test(data76)){
const err183 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data76};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data76};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data.direction !== undefined){
let data77 = data.direction;
if(!((data77 === "upstream") || (data77 === "downstream"))){
const err185 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/24/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[24].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[24].then.properties.direction.enum,parentSchema:schema67.allOf[24].then.properties.direction,data:data77};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data78 = data.toxicity;
if(typeof data78 == "number"){
if(data78 > 1 || isNaN(data78)){
const err186 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/24/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[24].then.properties.toxicity,data:data78};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data78 < 0 || isNaN(data78)){
const err187 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/24/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[24].then.properties.toxicity,data:data78};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/24/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[24].then.properties.toxicity.type,parentSchema:schema67.allOf[24].then.properties.toxicity,data:data78};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data.average_size !== undefined){
let data79 = data.average_size;
if(!((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79)))){
const err189 = {instancePath:instancePath+"/average_size",schemaPath:"#/allOf/24/then/properties/average_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[24].then.properties.average_size.type,parentSchema:schema67.allOf[24].then.properties.average_size,data:data79};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(typeof data79 == "number"){
if(data79 < 1 || isNaN(data79)){
const err190 = {instancePath:instancePath+"/average_size",schemaPath:"#/allOf/24/then/properties/average_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[24].then.properties.average_size,data:data79};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
if(data.size_variation !== undefined){
let data80 = data.size_variation;
if(!((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80)))){
const err191 = {instancePath:instancePath+"/size_variation",schemaPath:"#/allOf/24/then/properties/size_variation/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[24].then.properties.size_variation.type,parentSchema:schema67.allOf[24].then.properties.size_variation,data:data80};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(typeof data80 == "number"){
if(data80 < 0 || isNaN(data80)){
const err192 = {instancePath:instancePath+"/size_variation",schemaPath:"#/allOf/24/then/properties/size_variation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[24].then.properties.size_variation,data:data80};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
}
var _valid20 = _errs227 === errors;
valid86 = _valid20;
if(valid86){
var props20 = {};
props20.proxy = true;
props20.direction = true;
props20.toxicity = true;
props20.average_size = true;
props20.size_variation = true;
props20.type = true;
}
}
if(!valid86){
const err193 = {instancePath,schemaPath:"#/allOf/24/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[24].if,parentSchema:schema67.allOf[24],data};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(props0 !== true && props20 !== undefined){
if(props20 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props20);
}
}
const _errs239 = errors;
let valid90 = true;
const _errs240 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("limit_data" !== data.type){
const err194 = {};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
var _valid21 = _errs240 === errors;
errors = _errs239;
if(vErrors !== null){
if(_errs239){
vErrors.length = _errs239;
}
else {
vErrors = null;
}
}
if(_valid21){
const _errs242 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err195 = {instancePath,schemaPath:"#/allOf/25/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[25].then.required,parentSchema:schema67.allOf[25].then,data};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(data.bytes === undefined){
const err196 = {instancePath,schemaPath:"#/allOf/25/then/required",keyword:"required",params:{missingProperty: "bytes"},message:"must have required property '"+"bytes"+"'",schema:schema67.allOf[25].then.required,parentSchema:schema67.allOf[25].then,data};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(data.proxy !== undefined){
let data82 = data.proxy;
if(typeof data82 === "string"){
if((data82.length > 128 && func2(data82) > 128)){
const err197 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data82};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(!pattern4.test(data82)){
const err198 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data82};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data82};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data.direction !== undefined){
let data83 = data.direction;
if(!((data83 === "upstream") || (data83 === "downstream"))){
const err200 = {instancePath:instancePath+"/direction",schemaPath:"#/allOf/25/then/properties/direction/enum",keyword:"enum",params:{allowedValues: schema67.allOf[25].then.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[25].then.properties.direction.enum,parentSchema:schema67.allOf[25].then.properties.direction,data:data83};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data.toxicity !== undefined){
let data84 = data.toxicity;
if(typeof data84 == "number"){
if(data84 > 1 || isNaN(data84)){
const err201 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/25/then/properties/toxicity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[25].then.properties.toxicity,data:data84};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(data84 < 0 || isNaN(data84)){
const err202 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/25/then/properties/toxicity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[25].then.properties.toxicity,data:data84};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/toxicity",schemaPath:"#/allOf/25/then/properties/toxicity/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[25].then.properties.toxicity.type,parentSchema:schema67.allOf[25].then.properties.toxicity,data:data84};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data.bytes !== undefined){
let data85 = data.bytes;
if(!((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85)))){
const err204 = {instancePath:instancePath+"/bytes",schemaPath:"#/allOf/25/then/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[25].then.properties.bytes.type,parentSchema:schema67.allOf[25].then.properties.bytes,data:data85};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(typeof data85 == "number"){
if(data85 < 0 || isNaN(data85)){
const err205 = {instancePath:instancePath+"/bytes",schemaPath:"#/allOf/25/then/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[25].then.properties.bytes,data:data85};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
}
var _valid21 = _errs242 === errors;
valid90 = _valid21;
if(valid90){
var props21 = {};
props21.proxy = true;
props21.direction = true;
props21.toxicity = true;
props21.bytes = true;
props21.type = true;
}
}
if(!valid90){
const err206 = {instancePath,schemaPath:"#/allOf/25/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[25].if,parentSchema:schema67.allOf[25],data};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(props0 !== true && props21 !== undefined){
if(props21 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props21);
}
}
const _errs252 = errors;
let valid94 = true;
const _errs253 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("http_error" !== data.type){
const err207 = {};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
var _valid22 = _errs253 === errors;
errors = _errs252;
if(vErrors !== null){
if(_errs252){
vErrors.length = _errs252;
}
else {
vErrors = null;
}
}
if(_valid22){
const _errs255 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err208 = {instancePath,schemaPath:"#/allOf/26/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[26].then.required,parentSchema:schema67.allOf[26].then,data};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(data.proxy !== undefined){
let data87 = data.proxy;
if(typeof data87 === "string"){
if((data87.length > 128 && func2(data87) > 128)){
const err209 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data87};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(!pattern4.test(data87)){
const err210 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data87};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data87};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data.method !== undefined){
let data88 = data.method;
if(typeof data88 === "string"){
if(!pattern28.test(data88)){
const err212 = {instancePath:instancePath+"/method",schemaPath:"#/allOf/26/then/properties/method/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]+$"},message:"must match pattern \""+"^[A-Za-z]+$"+"\"",schema:"^[A-Za-z]+$",parentSchema:schema67.allOf[26].then.properties.method,data:data88};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/method",schemaPath:"#/allOf/26/then/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[26].then.properties.method.type,parentSchema:schema67.allOf[26].then.properties.method,data:data88};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data.path_prefix !== undefined){
let data89 = data.path_prefix;
if(typeof data89 === "string"){
if(!pattern29.test(data89)){
const err214 = {instancePath:instancePath+"/path_prefix",schemaPath:"#/allOf/26/then/properties/path_prefix/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema67.allOf[26].then.properties.path_prefix,data:data89};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/path_prefix",schemaPath:"#/allOf/26/then/properties/path_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[26].then.properties.path_prefix.type,parentSchema:schema67.allOf[26].then.properties.path_prefix,data:data89};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data.rate !== undefined){
let data90 = data.rate;
if(typeof data90 == "number"){
if(data90 > 1 || isNaN(data90)){
const err216 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/26/then/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[26].then.properties.rate,data:data90};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(data90 < 0 || isNaN(data90)){
const err217 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/26/then/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[26].then.properties.rate,data:data90};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/26/then/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[26].then.properties.rate.type,parentSchema:schema67.allOf[26].then.properties.rate,data:data90};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data.status !== undefined){
let data91 = data.status;
if(!((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91)))){
const err219 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/26/then/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[26].then.properties.status.type,parentSchema:schema67.allOf[26].then.properties.status,data:data91};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(typeof data91 == "number"){
if(data91 > 599 || isNaN(data91)){
const err220 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/26/then/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema67.allOf[26].then.properties.status,data:data91};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(data91 < 100 || isNaN(data91)){
const err221 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/26/then/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema67.allOf[26].then.properties.status,data:data91};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
}
var _valid22 = _errs255 === errors;
valid94 = _valid22;
if(valid94){
var props22 = {};
props22.proxy = true;
props22.method = true;
props22.path_prefix = true;
props22.rate = true;
props22.status = true;
props22.type = true;
}
}
if(!valid94){
const err222 = {instancePath,schemaPath:"#/allOf/26/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[26].if,parentSchema:schema67.allOf[26],data};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(props0 !== true && props22 !== undefined){
if(props22 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props22);
}
}
const _errs268 = errors;
let valid98 = true;
const _errs269 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("http_slow" !== data.type){
const err223 = {};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
var _valid23 = _errs269 === errors;
errors = _errs268;
if(vErrors !== null){
if(_errs268){
vErrors.length = _errs268;
}
else {
vErrors = null;
}
}
if(_valid23){
const _errs271 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proxy === undefined){
const err224 = {instancePath,schemaPath:"#/allOf/27/then/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema67.allOf[27].then.required,parentSchema:schema67.allOf[27].then,data};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(data.proxy !== undefined){
let data93 = data.proxy;
if(typeof data93 === "string"){
if((data93.length > 128 && func2(data93) > 128)){
const err225 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data93};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(!pattern4.test(data93)){
const err226 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data93};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/proxy",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data93};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data.method !== undefined){
let data94 = data.method;
if(typeof data94 === "string"){
if(!pattern28.test(data94)){
const err228 = {instancePath:instancePath+"/method",schemaPath:"#/allOf/27/then/properties/method/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]+$"},message:"must match pattern \""+"^[A-Za-z]+$"+"\"",schema:"^[A-Za-z]+$",parentSchema:schema67.allOf[27].then.properties.method,data:data94};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/method",schemaPath:"#/allOf/27/then/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[27].then.properties.method.type,parentSchema:schema67.allOf[27].then.properties.method,data:data94};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data.path_prefix !== undefined){
let data95 = data.path_prefix;
if(typeof data95 === "string"){
if(!pattern29.test(data95)){
const err230 = {instancePath:instancePath+"/path_prefix",schemaPath:"#/allOf/27/then/properties/path_prefix/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema67.allOf[27].then.properties.path_prefix,data:data95};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
else {
const err231 = {instancePath:instancePath+"/path_prefix",schemaPath:"#/allOf/27/then/properties/path_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[27].then.properties.path_prefix.type,parentSchema:schema67.allOf[27].then.properties.path_prefix,data:data95};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data.rate !== undefined){
let data96 = data.rate;
if(typeof data96 == "number"){
if(data96 > 1 || isNaN(data96)){
const err232 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/27/then/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[27].then.properties.rate,data:data96};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(data96 < 0 || isNaN(data96)){
const err233 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/27/then/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[27].then.properties.rate,data:data96};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
else {
const err234 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/27/then/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[27].then.properties.rate.type,parentSchema:schema67.allOf[27].then.properties.rate,data:data96};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data.response_delay_ms !== undefined){
let data97 = data.response_delay_ms;
if(!((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97)))){
const err235 = {instancePath:instancePath+"/response_delay_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data97};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(typeof data97 == "number"){
if(data97 > 86400000 || isNaN(data97)){
const err236 = {instancePath:instancePath+"/response_delay_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data97};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data97 < 0 || isNaN(data97)){
const err237 = {instancePath:instancePath+"/response_delay_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data97};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
}
if(data.factor !== undefined){
let data98 = data.factor;
if(typeof data98 == "number"){
if(data98 < 1 || isNaN(data98)){
const err238 = {instancePath:instancePath+"/factor",schemaPath:"#/allOf/27/then/properties/factor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.allOf[27].then.properties.factor,data:data98};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/factor",schemaPath:"#/allOf/27/then/properties/factor/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[27].then.properties.factor.type,parentSchema:schema67.allOf[27].then.properties.factor,data:data98};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
var _valid23 = _errs271 === errors;
valid98 = _valid23;
if(valid98){
var props23 = {};
props23.proxy = true;
props23.method = true;
props23.path_prefix = true;
props23.rate = true;
props23.response_delay_ms = true;
props23.factor = true;
props23.type = true;
}
}
if(!valid98){
const err240 = {instancePath,schemaPath:"#/allOf/27/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[27].if,parentSchema:schema67.allOf[27],data};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(props0 !== true && props23 !== undefined){
if(props23 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props23);
}
}
const _errs287 = errors;
let valid103 = true;
const _errs288 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("clock_skew" !== data.type){
const err241 = {};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
var _valid24 = _errs288 === errors;
errors = _errs287;
if(vErrors !== null){
if(_errs287){
vErrors.length = _errs287;
}
else {
vErrors = null;
}
}
if(_valid24){
const _errs290 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.offset_ms === undefined){
const err242 = {instancePath,schemaPath:"#/allOf/28/then/required",keyword:"required",params:{missingProperty: "offset_ms"},message:"must have required property '"+"offset_ms"+"'",schema:schema67.allOf[28].then.required,parentSchema:schema67.allOf[28].then,data};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(data.offset_ms !== undefined){
let data100 = data.offset_ms;
if(!((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100)))){
const err243 = {instancePath:instancePath+"/offset_ms",schemaPath:"#/allOf/28/then/properties/offset_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.allOf[28].then.properties.offset_ms.type,parentSchema:schema67.allOf[28].then.properties.offset_ms,data:data100};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
var _valid24 = _errs290 === errors;
valid103 = _valid24;
if(valid103){
var props24 = {};
props24.offset_ms = true;
props24.type = true;
}
}
if(!valid103){
const err244 = {instancePath,schemaPath:"#/allOf/28/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[28].if,parentSchema:schema67.allOf[28],data};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(props0 !== true && props24 !== undefined){
if(props24 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props24);
}
}
const _errs294 = errors;
let valid106 = true;
const _errs295 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("dns" !== data.type){
const err245 = {};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
var _valid25 = _errs295 === errors;
errors = _errs294;
if(vErrors !== null){
if(_errs294){
vErrors.length = _errs294;
}
else {
vErrors = null;
}
}
if(_valid25){
const _errs297 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.names === undefined){
const err246 = {instancePath,schemaPath:"#/allOf/29/then/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'",schema:schema67.allOf[29].then.required,parentSchema:schema67.allOf[29].then,data};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
if(data.names !== undefined){
let data102 = data.names;
if(Array.isArray(data102)){
if(data102.length < 1){
const err247 = {instancePath:instancePath+"/names",schemaPath:"#/allOf/29/then/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.allOf[29].then.properties.names,data:data102};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
const len4 = data102.length;
for(let i4=0; i4<len4; i4++){
let data103 = data102[i4];
if(typeof data103 === "string"){
if(!pattern33.test(data103)){
const err248 = {instancePath:instancePath+"/names/" + i4,schemaPath:"#/allOf/29/then/properties/names/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$"+"\"",schema:"^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$",parentSchema:schema67.allOf[29].then.properties.names.items,data:data103};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/names/" + i4,schemaPath:"#/allOf/29/then/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.allOf[29].then.properties.names.items.type,parentSchema:schema67.allOf[29].then.properties.names.items,data:data103};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/names",schemaPath:"#/allOf/29/then/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.allOf[29].then.properties.names.type,parentSchema:schema67.allOf[29].then.properties.names,data:data102};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data.mode !== undefined){
let data104 = data.mode;
if(!(((data104 === "fail") || (data104 === "hang")) || (data104 === "redirect"))){
const err251 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/29/then/properties/mode/enum",keyword:"enum",params:{allowedValues: schema67.allOf[29].then.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema67.allOf[29].then.properties.mode.enum,parentSchema:schema67.allOf[29].then.properties.mode,data:data104};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data.to !== undefined){
let data105 = data.to;
if(typeof data105 === "string"){
if((data105.length > 128 && func2(data105) > 128)){
const err252 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data105};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(!pattern4.test(data105)){
const err253 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data105};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data105};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data.rate !== undefined){
let data106 = data.rate;
if(typeof data106 == "number"){
if(data106 > 1 || isNaN(data106)){
const err255 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/29/then/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.allOf[29].then.properties.rate,data:data106};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(data106 < 0 || isNaN(data106)){
const err256 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/29/then/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.allOf[29].then.properties.rate,data:data106};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/rate",schemaPath:"#/allOf/29/then/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.allOf[29].then.properties.rate.type,parentSchema:schema67.allOf[29].then.properties.rate,data:data106};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
var _valid25 = _errs297 === errors;
valid106 = _valid25;
if(valid106){
var props25 = {};
props25.names = true;
props25.mode = true;
props25.to = true;
props25.rate = true;
props25.type = true;
}
}
if(!valid106){
const err258 = {instancePath,schemaPath:"#/allOf/29/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[29].if,parentSchema:schema67.allOf[29],data};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
if(props0 !== true && props25 !== undefined){
if(props25 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props25);
}
}
const _errs309 = errors;
let valid112 = true;
const _errs310 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("syscall_error" !== data.type){
const err259 = {};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
var _valid26 = _errs310 === errors;
errors = _errs309;
if(vErrors !== null){
if(_errs309){
vErrors.length = _errs309;
}
else {
vErrors = null;
}
}
if(_valid26){
const _errs312 = errors;
const _errs313 = errors;
let valid114 = false;
const _errs314 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.syscalls === undefined){
const err260 = {instancePath,schemaPath:"#/allOf/30/then/anyOf/0/required",keyword:"required",params:{missingProperty: "syscalls"},message:"must have required property '"+"syscalls"+"'",schema:schema67.allOf[30].then.anyOf[0].required,parentSchema:schema67.allOf[30].then.anyOf[0],data};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
var _valid27 = _errs314 === errors;
valid114 = valid114 || _valid27;
const _errs315 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.class === undefined){
const err261 = {instancePath,schemaPath:"#/allOf/30/then/anyOf/1/required",keyword:"required",params:{missingProperty: "class"},message:"must have required property '"+"class"+"'",schema:schema67.allOf[30].then.anyOf[1].required,parentSchema:schema67.allOf[30].then.anyOf[1],data};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
var _valid27 = _errs315 === errors;
valid114 = valid114 || _valid27;
if(!valid114){
const err262 = {instancePath,schemaPath:"#/allOf/30/then/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema67.allOf[30].then.anyOf,parentSchema:schema67.allOf[30].then,data};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
else {
errors = _errs313;
if(vErrors !== null){
if(_errs313){
vErrors.length = _errs313;
}
else {
vErrors = null;
}
}
}
var _valid26 = _errs312 === errors;
valid112 = _valid26;
}
if(!valid112){
const err263 = {instancePath,schemaPath:"#/allOf/30/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.allOf[30].if,parentSchema:schema67.allOf[30],data};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err264 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.name = true;
props0.target = true;
props0.delay_ms = true;
props0.at_ms = true;
props0.duration_ms = true;
props0.every_ms = true;
props0.count = true;
props0.probability = true;
props0.step = true;
}
if(data.type !== undefined){
let data108 = data.type;
if(!((((((((((((((((((((((((((((((data108 === "kill_container") || (data108 === "stop_container")) || (data108 === "restart_container")) || (data108 === "pause_container")) || (data108 === "signal")) || (data108 === "kill_process")) || (data108 === "memory_pressure")) || (data108 === "cpu_throttle")) || (data108 === "disk_fill")) || (data108 === "fd_exhaustion")) || (data108 === "exit_code")) || (data108 === "timeout")) || (data108 === "syscall_error")) || (data108 === "slow_io")) || (data108 === "network_disconnect")) || (data108 === "partition")) || (data108 === "blackhole")) || (data108 === "reject")) || (data108 === "packet_loss")) || (data108 === "latency")) || (data108 === "bandwidth")) || (data108 === "slow_close")) || (data108 === "proxy_timeout")) || (data108 === "reset_peer")) || (data108 === "slicer")) || (data108 === "limit_data")) || (data108 === "http_error")) || (data108 === "http_slow")) || (data108 === "clock_skew")) || (data108 === "dns"))){
const err265 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema67.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.type.enum,parentSchema:schema67.properties.type,data:data108};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data.name !== undefined){
let data109 = data.name;
if(typeof data109 === "string"){
if((data109.length > 128 && func2(data109) > 128)){
const err266 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data109};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(!pattern4.test(data109)){
const err267 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data109};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
else {
const err268 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data109};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data.target !== undefined){
if(!(validate35(data.target, {instancePath:instancePath+"/target",parentData:data,parentDataProperty:"target",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.delay_ms !== undefined){
let data111 = data.delay_ms;
if(!((typeof data111 == "number") && (!(data111 % 1) && !isNaN(data111)))){
const err269 = {instancePath:instancePath+"/delay_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data111};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
if(typeof data111 == "number"){
if(data111 > 86400000 || isNaN(data111)){
const err270 = {instancePath:instancePath+"/delay_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data111};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(data111 < 0 || isNaN(data111)){
const err271 = {instancePath:instancePath+"/delay_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data111};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
}
if(data.at_ms !== undefined){
let data112 = data.at_ms;
if(!((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112)))){
const err272 = {instancePath:instancePath+"/at_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data112};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(typeof data112 == "number"){
if(data112 > 86400000 || isNaN(data112)){
const err273 = {instancePath:instancePath+"/at_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data112};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(data112 < 0 || isNaN(data112)){
const err274 = {instancePath:instancePath+"/at_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data112};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
if(data.duration_ms !== undefined){
let data113 = data.duration_ms;
if(!((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113)))){
const err275 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data113};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if(typeof data113 == "number"){
if(data113 > 86400000 || isNaN(data113)){
const err276 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data113};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(data113 < 0 || isNaN(data113)){
const err277 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data113};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
if(data.every_ms !== undefined){
let data114 = data.every_ms;
if(!((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114)))){
const err278 = {instancePath:instancePath+"/every_ms",schemaPath:"#/$defs/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data114};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(typeof data114 == "number"){
if(data114 > 86400000 || isNaN(data114)){
const err279 = {instancePath:instancePath+"/every_ms",schemaPath:"#/$defs/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema37,data:data114};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
if(data114 < 0 || isNaN(data114)){
const err280 = {instancePath:instancePath+"/every_ms",schemaPath:"#/$defs/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37,data:data114};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
if(data.count !== undefined){
let data115 = data.count;
if(!((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115)))){
const err281 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.properties.count.type,parentSchema:schema67.properties.count,data:data115};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if(typeof data115 == "number"){
if(data115 > 10000 || isNaN(data115)){
const err282 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema67.properties.count,data:data115};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if(data115 < 1 || isNaN(data115)){
const err283 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.properties.count,data:data115};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
}
if(data.probability !== undefined){
let data116 = data.probability;
if(typeof data116 == "number"){
if(data116 > 1 || isNaN(data116)){
const err284 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67.properties.probability,data:data116};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(data116 < 0 || isNaN(data116)){
const err285 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.properties.probability,data:data116};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
else {
const err286 = {instancePath:instancePath+"/probability",schemaPath:"#/properties/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.properties.probability.type,parentSchema:schema67.properties.probability,data:data116};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data.step !== undefined){
let data117 = data.step;
if(typeof data117 === "string"){
if((data117.length > 128 && func2(data117) > 128)){
const err287 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema32,data:data117};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if(!pattern4.test(data117)){
const err288 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32,data:data117};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
else {
const err289 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data117};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
const err290 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
}
else {
const err291 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

