/**
 * `[expect.hermeticity]`: nothing leaked, checked on the engine (cleanup
 * verification lists resources by label) and in the spans (processes left
 * after steps, hosts outside the scenario, resource and forbidden attributes).
 */
import { describeExpected, matches } from './attr-match.js';
import { externalPeers } from './peers.js';
import type { ExpectSpec } from '../load/index.js';
import type { ExpectationCheck, Verdict, ExpectationType } from './types.js';


export const checkHermeticity: ExpectationCheck = (expect, ctx) => {
  const h = expect.hermeticity;
  if (!h) return [];
  const keyPath = `${ctx.keyPath}.hermeticity`;
  const out: Verdict[] = [];
  const add = (key: string, description: string, problems: string[], ok: string) =>
    out.push({ kind: 'hermeticity', keyPath: `${keyPath}.${key}`, description, passed: problems.length === 0, message: problems.length ? problems.slice(0, 5).join('; ') : ok });
  const cleanups = ctx.graph.named('clnrm.cleanup');
  const leakCheck = (key: string, kind: 'container' | 'network' | 'volume', enabled: boolean | undefined) => {
    if (!enabled) return;
    const leaked = ctx.leaks.filter((l) => l.kind === kind).map((l) => `${kind} ${l.id.slice(0, 12)} left on the engine`);
    // The verification must have happened: a cleanup span that listed the engine.
    if (!cleanups.some((s) => s.attributes['cleanup.verified'] === true)) leaked.push('no verified cleanup span: the engine was not checked');
    add(key, `no ${kind} left after cleanup`, leaked, `engine verified by ${cleanups.length} cleanup span(s)`);
  };
  leakCheck('no_container_leakage', 'container', h.noContainerLeakage);
  leakCheck('no_network_leakage', 'network', h.noNetworkLeakage);
  leakCheck('no_volume_leakage', 'volume', h.noVolumeLeakage);
  if (h.noProcessLeakage) {
    const steps = ctx.graph.spans.filter((s) => s.name.startsWith('clnrm.step:'));
    const commands = (s: (typeof steps)[number]) => {
      const c = s.attributes['processes.leaked.commands'];
      return Array.isArray(c) && c.length ? `: ${c.map((x) => JSON.stringify(String(x))).join(', ')}` : '';
    };
    const problems = steps.filter((s) => Number(s.attributes['processes.leaked'] ?? 0) > 0).map((s) => `${s.name} left ${s.attributes['processes.leaked']} process(es) running${commands(s)}`);
    for (const s of steps) if (s.attributes['processes.checked'] === false) problems.push(`${s.name}: the container's process table could not be read, so leaks were not looked for`);
    for (const c of cleanups) if (Number(c.attributes['processes.remaining'] ?? 0) > 0) problems.push(`${c.attributes['processes.remaining']} process(es) survived a timeout`);
    if (steps.length === 0) problems.push('no step ran: nothing to check');
    add('no_process_leakage', 'no process outlives its step', problems, `${steps.length} step(s) checked`);
  }
  if (h.noExternalServices) {
    const problems = externalPeers(ctx.graph.spans, ctx.allowedHosts).map((p) => `${p.span} talks to ${p.host} (${p.key} = ${p.value})`);
    const sut = ctx.graph.spans.filter((s) => s.source !== 'runner').length;
    add('no_external_services', 'no span talks to a host outside the scenario', problems, `${sut} span(s) of the system under test checked`);
  }
  if (h.resourceAttrsMustMatch) {
    const problems: string[] = [];
    const sut = ctx.graph.spans.filter((s) => s.source === 'sut');
    for (const s of sut) {
      for (const [k, v] of Object.entries(h.resourceAttrsMustMatch)) {
        const actual = Object.hasOwn(s.resource, k) ? s.resource[k] : undefined;
        if (!matches(actual, v)) problems.push(`${s.name}: resource ${k} = ${JSON.stringify(actual)}, expected ${describeExpected(v)}`);
      }
    }
    if (sut.length === 0) problems.push('no span of the system under test to check');
    add('resource_attrs_must_match', 'resource attributes of the system under test', problems, `${sut.length} span(s) checked`);
  }
  if (h.spanAttrsForbidKeys) {
    const problems: string[] = [];
    for (const s of ctx.graph.spans) for (const k of h.spanAttrsForbidKeys) if (Object.hasOwn(s.attributes, k)) problems.push(`${s.name} carries ${k}`);
    add('span_attrs_forbid_keys', `no span carries ${h.spanAttrsForbidKeys.join(', ')}`, problems, `${ctx.graph.spans.length} span(s) checked`);
  }
  return out;
};

/** Leak checks answered by listing the engine after cleanup: a saved trace cannot answer them. */
const onEngine = (key: string, field: 'noContainerLeakage' | 'noNetworkLeakage' | 'noVolumeLeakage') => ({ key, declared: (e: ExpectSpec) => e.hermeticity?.[field] === true });

export const hermeticityExpectation: ExpectationType = {
  kind: 'hermeticity',
  key: 'hermeticity',
  doc: 'nothing leaked: containers, networks and volumes after cleanup (listed on the engine), processes after steps, hosts outside the scenario, resource and forbidden attributes',
  declared: (e) => (e.hermeticity ? 1 : 0),
  needsRun: [onEngine('no_container_leakage', 'noContainerLeakage'), onEngine('no_network_leakage', 'noNetworkLeakage'), onEngine('no_volume_leakage', 'noVolumeLeakage')],
  check: checkHermeticity,
};
