/** The fixture images `scripts/build-fixtures.sh` builds locally (no registry needed). */
export const BUSYBOX_IMAGE = 'clnrm-fixture/busybox:latest';
/** iptables, ip and tc: helpers that join a target's network namespace use it. */
export const NETTOOLS_IMAGE = 'clnrm-fixture/nettools:latest';
/** strace: helpers that join a target's PID namespace fail or delay its syscalls with it. */
export const STRACE_IMAGE = 'clnrm-fixture/strace:latest';
/** node: the TCP fault proxy runs in it. */
export const NODE_IMAGE = 'clnrm-fixture/node:latest';
/** node + the OpenTelemetry SDK: a traced system under test. */
export const SUT_IMAGE = 'clnrm-fixture/sut:latest';

export const FIXTURE_IMAGES = [BUSYBOX_IMAGE, NETTOOLS_IMAGE, STRACE_IMAGE, NODE_IMAGE, SUT_IMAGE] as const;
