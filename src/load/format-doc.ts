/**
 * Renders docs/format.md from schemas/clnrm.schema.json, so the reference and
 * the schema cannot drift: a test compares the committed file with this output,
 * and `npm run docs` rewrites it.
 */
import { MAX_FILE_BYTES } from './read.js';
import { MAX_NESTING_DEPTH } from './scan.js';

type SchemaNode = Record<string, any>;

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function renderFormatDoc(schema: SchemaNode): string {
  const deref = (node: SchemaNode | undefined): SchemaNode | undefined => {
    let n = node;
    while (n?.$ref) n = n.$ref.slice(2).split('/').reduce((acc: SchemaNode, seg: string) => acc?.[seg], schema);
    // A $ref beside its own description keeps the local description.
    return node?.$ref && node.description ? { ...n, description: node.description } : n;
  };

  const typeOf = (raw: SchemaNode): string => {
    const n = deref(raw) ?? {};
    if (n.enum) return n.enum.map((v: unknown) => `\`${JSON.stringify(v)}\``).join(' | ');
    if (n.const !== undefined) return `\`${JSON.stringify(n.const)}\``;
    if (n.oneOf) return n.oneOf.map(typeOf).join(' or ');
    const t = Array.isArray(n.type) ? n.type.join(' | ') : n.type;
    if (t === 'array') return `array of ${typeOf(n.items ?? {})}`;
    if (t === 'object') return n.properties ? 'table' : 'table of key = value';
    let s = t ?? 'any';
    const bounds = [n.minimum !== undefined && `≥ ${n.minimum}`, n.exclusiveMinimum !== undefined && `> ${n.exclusiveMinimum}`, n.maximum !== undefined && `≤ ${n.maximum}`].filter(Boolean);
    if (bounds.length) s += ` (${bounds.join(', ')})`;
    if (n.format) s += `, ${n.format}`;
    return s;
  };

  const cell = (s: unknown): string => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out: string[] = [];
  const sections: [string, SchemaNode, string?][] = [];

  /** Queues a table section and, recursively, its nested tables. */
  const section = (title: string, raw: SchemaNode, note?: string) => {
    const n = deref(raw);
    if (!n) return;
    sections.push([title, n, note]);
  };

  const properties = (n: SchemaNode): [string, SchemaNode][] => {
    const props: [string, SchemaNode][] = Object.entries(n.properties ?? {});
    for (const sub of n.allOf ?? []) if (!sub.if) props.unshift(...Object.entries((deref(sub) ?? {}).properties ?? {}) as [string, SchemaNode][]);
    return props;
  };

  const renderSection = (title: string, n: SchemaNode, note?: string) => {
    out.push(`## \`${title}\``, '');
    if (n.description) out.push(n.description, '');
    if (note) out.push(note, '');
    const required = new Set<string>(n.required ?? []);
    if (properties(n).length === 0) return;
    out.push('| key | type | default | description |', '|---|---|---|---|');
    for (const [key, raw] of properties(n)) {
      const p = deref(raw) ?? {};
      const def = p.default !== undefined ? `\`${JSON.stringify(p.default)}\`` : required.has(key) ? '**required**' : '';
      out.push(`| \`${key}\` | ${cell(typeOf(raw))} | ${cell(def)} | ${cell(p.description)} |`);
    }
    out.push('');
  };

  out.push(
    '# The `*.clnrm.toml` format',
    '',
    '<!-- Generated from schemas/clnrm.schema.json by `npm run docs`. Do not edit by hand. -->',
    '',
    schema.description,
    '',
    'Files are TOML. The loader reads TOML 1.1 (inline tables may span several lines and end with a trailing comma); `clnrm fmt` writes TOML 1.0 (every inline table on one line, no trailing comma), which editors and their TOML engine taplo accept: see docs/editors.md. Unknown keys are errors. Every string value may use `{{ name }}` templates (see `[vars]`).',
    '',
    '## Limits',
    '',
    `- **Nesting: at most ${MAX_NESTING_DEPTH} levels.** Every table header segment, dotted-key segment and array level counts (\`[a.b]\` then \`c.d = [[1]]\` is 6 levels); a suite needs fewer than 10. Deeper input is refused with the file, line, column and key path where it passes the limit, before anything else reads it, so no nesting can exhaust the loader's stack.`,
    `- **Size: at most ${MAX_FILE_BYTES / 1048576} MiB per file.** Strings of any length within it load (a step may embed a large script).`,
    '- **Regular files only.** A directory, FIFO, socket or device (`/dev/zero`) is refused by name without being read, so it can never hang `clnrm validate`, `run` or `fmt`.',
    '',
  );

  const top = schema.properties as Record<string, SchemaNode>;
  for (const [key, raw] of Object.entries(top)) {
    const n = deref(raw)!;
    if (key === 'service') section('[service.NAME]', n.additionalProperties);
    else if (key === 'proxy') section('[proxy.NAME]', n.additionalProperties);
    else if (key === 'scenario') section('[[scenario]]', n.items, 'Keys marked as step keys describe the single step of a scenario with `run`, or give defaults to its `steps`.');
    else if (key === 'expect') section('[expect] and [scenario.expect]', n);
    else if (key === 'vars') section('[vars]', { description: n.description, type: 'object', properties: {} });
    else section(`[${key}]`, n);
  }
  const defs = schema.$defs as Record<string, SchemaNode>;
  section('steps = [{ ... }]', defs.step!);
  section('retries = { ... }', defs.retries!);
  section('[service.NAME.limits]', defs.service!.properties.limits);
  section('[service.NAME.wait]', defs.service!.properties.wait);
  section('[[expect.span]]', defs.expectSpan!);
  for (const k of ['graph', 'counts', 'order', 'status', 'hermeticity'] as const) section(`[expect.${k}]`, defs.expect!.properties[k]);
  section('[scenario.expect.consistency]', defs.expect!.properties.consistency!);
  section('[[expect.window]]', defs.expect!.properties.window.items);
  section('Faults: chaos_injection = { ... } and chaos = [{ ... }]', defs.fault!, 'The keys below are common to every fault. Each fault type adds its own parameters, listed after this table.');
  if (defs.steadyState && defs.probe) {
    section('[scenario.steady_state]', defs.steadyState);
    section('[[scenario.steady_state.probe]]', defs.probe, 'The keys below are common to every probe. Each probe type adds its own parameters, listed at the end.');
    section('[expect.kpi]', defs.expect!.properties.kpi);
  }
  if (defs.expect!.properties.supervision) section('[[scenario.expect.supervision]]', defs.expect!.properties.supervision.items, 'Supervision by the engine\'s restart policy (docs/experiments.md#supervision-restart-policies-depends_on-and-scenarioexpectsupervision).');
  if (defs.monkey) section('[scenario.monkey]', defs.monkey, 'Monkey mode (docs/experiments.md#monkey); `clnrm monkey` can replace these settings from the command line.');

  for (const [title, n, note] of sections) renderSection(title, n, note);

  const parametersByType = (title: string, def: SchemaNode, what: string) => {
    out.push(`## ${title}`, '');
    const branches = def.allOf as SchemaNode[];
    for (const branch of branches) {
      // A block of required keys only (probes), or without parameters (a fault type's targets), gets no section.
      if (!branch.then.properties || Object.keys(branch.then.properties).length === 0) continue;
      const rule = branch.if.properties.type;
      const types: string[] = rule.const !== undefined ? [rule.const] : rule.enum;
      out.push(`### ${types.map((t) => `\`${t}\``).join(', ')}`, '');
      if (branch.then.description) out.push(`${upperFirst(branch.then.description)}.`, '');
      const sameType = branches.filter((b) => JSON.stringify(b.if) === JSON.stringify(branch.if));
      const required = new Set<string>(sameType.flatMap((b) => b.then.required ?? []));
      out.push('| key | type | default | description |', '|---|---|---|---|');
      for (const [key, raw] of Object.entries(branch.then.properties as Record<string, SchemaNode>)) {
        const p = deref(raw) ?? {};
        const def = p.default !== undefined ? `\`${JSON.stringify(p.default)}\`` : required.has(key) ? '**required**' : '';
        out.push(`| \`${key}\` | ${cell(typeOf(raw))} | ${cell(def)} | ${cell(p.description)} |`);
      }
      out.push('');
    }
    // A block without parameters (it may carry only what a fault type targets) does not count as parameters.
    const all = new Set<string>(def.properties.type.enum);
    for (const b of branches) if (b.then.properties && Object.keys(b.then.properties).length > 0) for (const t of b.if.properties.type.enum ?? [b.if.properties.type.const]) all.delete(t);
    if (all.size) out.push(`${what} without parameters of their own: ${[...all].map((t) => `\`${t}\``).join(', ')}.`, '');
  };
  parametersByType('Fault parameters by type', defs.fault!, 'Types');
  if (defs.probe) parametersByType('Probe parameters by type', defs.probe, 'Probe types');
  return `${out.join('\n').trimEnd()}\n`;
}

/** The schema text as committed (two-space JSON and a final newline). */
export const schemaText = (schema: SchemaNode): string => `${JSON.stringify(schema, null, 2)}\n`;

/**
 * Replaces the markdown table whose header row starts with `header` (the header
 * and every `|` line after it) by `table`; throws when there is no such table.
 */
export function replaceTable(text: string, header: string, table: string, file: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(header));
  if (start < 0) throw new Error(`${file}: the table starting with "${header}" is missing`);
  let end = start;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  lines.splice(start, end - start, ...table.split('\n'));
  return lines.join('\n');
}
