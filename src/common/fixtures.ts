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

/** The images the set-up builds and the runner's own helpers need. */
export const FIXTURE_IMAGES = [BUSYBOX_IMAGE, NETTOOLS_IMAGE, STRACE_IMAGE, NODE_IMAGE, SUT_IMAGE] as const;

/**
 * Real services from Debian packages, built only on request by the suites that use them (each takes a
 * minute or so and downloads packages): `bash scripts/build-fixtures.sh redis postgres debian nginx`.
 */
export const REDIS_IMAGE = 'clnrm-fixture/redis:latest';
export const POSTGRES_IMAGE = 'clnrm-fixture/postgres:latest';
/** bash, curl and netcat: clients and probes. */
export const DEBIAN_IMAGE = 'clnrm-fixture/debian:latest';
/** nginx-light: a web server in front of services (the suite passes its configuration). */
export const NGINX_IMAGE = 'clnrm-fixture/nginx:latest';
export const ON_REQUEST_FIXTURE_IMAGES = [REDIS_IMAGE, POSTGRES_IMAGE, DEBIAN_IMAGE, NGINX_IMAGE] as const;

const FIXTURE_REPOSITORY = 'clnrm-fixture/';
/** The names `scripts/build-fixtures.sh NAME` knows. */
export const FIXTURE_NAMES: readonly string[] = [...FIXTURE_IMAGES, ...ON_REQUEST_FIXTURE_IMAGES].map((ref) => ref.slice(FIXTURE_REPOSITORY.length).split(':')[0]!);

/** `redis` for `clnrm-fixture/redis:latest` (any tag or digest); undefined for an image of another repository. */
export function fixtureNameOf(image: string): string | undefined {
  if (!image.startsWith(FIXTURE_REPOSITORY)) return undefined;
  return image.slice(FIXTURE_REPOSITORY.length).split(/[:@]/)[0];
}

/** How to get a missing image: the fixture build for a known fixture, else what to check. */
export function imageRemedy(image: string): string {
  const name = fixtureNameOf(image);
  if (name === undefined) return 'pull or build it on the engine\'s host, or name an image that is present (`clnrm doctor` checks the engine)';
  if (FIXTURE_NAMES.includes(name)) {
    const tag = image.slice(FIXTURE_REPOSITORY.length + name.length + 1);
    const tags = tag === '' || tag === 'latest' ? '' : ` (it tags ${FIXTURE_REPOSITORY}${name}:latest and :<recipe hash>, not :${tag})`;
    return `build it with \`bash scripts/build-fixtures.sh ${name}\`${tags}`;
  }
  return `${FIXTURE_REPOSITORY}${name} is not a fixture scripts/build-fixtures.sh builds (it builds ${FIXTURE_NAMES.join(', ')})`;
}
