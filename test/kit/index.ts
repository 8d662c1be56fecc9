/** The test kit: an in-memory engine, a fake fault proxy, and builders for suites, services, faults and inject contexts. */
export * from './fake-engine.js';
export * from './fake-proxy.js';
export * from './suites.js';
