/** Wait conditions, one file each; `conditionsFor` builds those a service declares. */
import type { WaitSpec } from '../../load/index.js';
import { commandCondition } from './command.js';
import { logCondition } from './log.js';
import { portCondition } from './port.js';
import type { WaitCondition } from './types.js';

export type { WaitCondition, WaitContext } from './types.js';
export { sleep } from './types.js';

export function conditionsFor(spec: WaitSpec): WaitCondition[] {
  const out: WaitCondition[] = [];
  if (spec.log !== undefined) out.push(logCondition(spec.log));
  if (spec.port !== undefined) out.push(portCondition(spec.port));
  if (spec.command !== undefined) out.push(commandCondition(spec.command));
  return out;
}
