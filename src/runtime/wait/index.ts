/** Wait conditions, one file each, registered here; `conditionsFor` builds those a service declares. */
import type { WaitSpec } from '../../load/index.js';
import { commandWait } from './command.js';
import { logWait } from './log.js';
import { portWait } from './port.js';
import type { WaitCondition, WaitConditionType } from './types.js';

export type { WaitCondition, WaitConditionType, WaitContext } from './types.js';
export { sleep } from './types.js';

/** The kinds of wait condition, in the order a service's conditions are awaited. */
export const WAIT_CONDITIONS: readonly WaitConditionType[] = [logWait, portWait, commandWait];

/** One condition per key the spec gives. */
export function conditionsFor(spec: WaitSpec, types: readonly WaitConditionType[] = WAIT_CONDITIONS): WaitCondition[] {
  return types.flatMap((t) => {
    const value = spec[t.key];
    return value === undefined ? [] : [t.create(value)];
  });
}

type SchemaNode = Record<string, any>;

/** Keys of the wait table that are not conditions: they time and pace every condition. */
const PACING_KEYS: ReadonlySet<string> = new Set(['timeout_ms', 'interval_ms']);

/**
 * A copy of `schema` whose `[service.NAME.wait]` has one property per kind of
 * condition (doc as its description), before the keys that time and pace them.
 */
export function withWaitConditions(schema: SchemaNode, types: readonly WaitConditionType[] = WAIT_CONDITIONS): SchemaNode {
  const out = structuredClone(schema);
  const wait = out.$defs.service.properties.wait;
  const pacing = Object.fromEntries(Object.entries(wait.properties as SchemaNode).filter(([k]) => PACING_KEYS.has(k)));
  wait.properties = { ...Object.fromEntries(types.map((t) => [t.key, { ...structuredClone(t.schema), description: t.doc }])), ...pacing };
  return out;
}
