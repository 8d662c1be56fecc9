/** What every part of the conversion shares: the notes, the output being built, and services (both formats have them). */
import { formatKeyPath, type PathSegments } from '../key-path.js';
import { pathKey, type ParsedToml, type TomlData, type TomlValue } from '../toml.js';

export interface MigrationNote {
  line: number;
  message: string;
}

export interface Migration {
  /** The converted suite, formatted like `clnrm fmt` writes it. */
  text: string;
  /** Constructs that were not converted (or converted with a change of meaning), in source order. */
  notes: MigrationNote[];
  format: 'legacy' | 'later';
}

/** Images of the Rust tool's service plugins that are not a plain container. */
const PLUGIN_IMAGES: Record<string, { image: string; args?: string[] }> = {
  surrealdb: { image: 'surrealdb/surrealdb:latest', args: ['start', '--user', 'root', '--pass', 'root', 'memory'] },
};
const CONTAINER_PLUGINS = new Set(['generic_container', 'container', 'testcontainers', 'generic']);

export const isTable = (v: unknown): v is TomlData => typeof v === 'object' && v !== null && !Array.isArray(v);

export class Converter {
  readonly notes: MigrationNote[] = [];
  readonly out: TomlData = {};
  constructor(
    private readonly parsed: ParsedToml,
    private readonly lines: readonly string[],
  ) {}

  line(path: PathSegments): number {
    for (let p = [...path]; p.length > 0; p = p.slice(0, -1)) {
      const at = this.parsed.positions.get(pathKey(p));
      if (at) return at.line;
    }
    return 1;
  }

  note(path: PathSegments, message: string): void {
    this.notes.push({ line: this.line(path), message });
  }

  /** Every key of `table` not in `handled` is reported as not converted. */
  rest(table: TomlData, path: PathSegments, handled: readonly string[], why = 'no equivalent in this format'): void {
    for (const key of Object.keys(table)) {
      if (handled.includes(key)) continue;
      this.note([...path, key], `${formatKeyPath([...path, key])}: not converted (${why})`);
    }
  }

  /** Converts the tables of an array; any other element is reported, never skipped in silence. */
  tables<T>(items: readonly TomlValue[], path: PathSegments, convert: (t: TomlData, at: PathSegments) => T): T[] {
    return items.flatMap((item, i) => {
      if (isTable(item)) return [convert(item, [...path, i])];
      this.note([...path, i], `${formatKeyPath([...path, i])}: not a table, not converted`);
      return [];
    });
  }

  sourceLine(line: number): string {
    return this.lines[line - 1]?.trim() ?? '';
  }
}

/** `"60s"`, `"500ms"`, `"2m"` or a number of seconds → milliseconds; undefined when unreadable. */
export function durationMs(value: TomlValue | undefined): number | undefined {
  if (typeof value === 'number') return Math.round(value * 1000);
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  if (!m) return undefined;
  const scale = { ms: 1, s: 1000, m: 60000, h: 3600000 }[m[2] ?? 's']!;
  return Math.round(Number(m[1]) * scale);
}

export function baseName(file: string): string {
  return (file.split('/').pop() ?? 'suite').replace(/\.clnrm\.toml$|\.toml(\.tera)?$|\.tera$/, '').replace(/[^\w-]/g, '_');
}

/** `[services] x = { type, plugin, image }` or `[services.x]` / `[service.x]` → `[service.x]`; returns the names. */
export function convertServices(c: Converter, value: TomlValue | undefined, path: PathSegments): string[] {
  if (!isTable(value)) return [];
  const out: TomlData = {};
  for (const [name, spec] of Object.entries(value)) {
    if (!isTable(spec)) {
      c.note([...path, name], `${formatKeyPath(path)}.${name}: not a table, not converted`);
      continue;
    }
    out[name] = convertService(c, spec, [...path, name]);
  }
  if (Object.keys(out).length > 0) c.out.service = { ...(isTable(c.out.service) ? c.out.service : {}), ...out };
  return Object.keys(out);
}

function convertService(c: Converter, spec: TomlData, path: PathSegments): TomlData {
  const where = formatKeyPath(path);
  const plugin = String(spec.plugin ?? spec.type ?? 'generic_container');
  const known = PLUGIN_IMAGES[plugin];
  const out: TomlData = {};
  if (typeof spec.image === 'string') out.image = spec.image;
  else if (known) {
    out.image = known.image;
    c.note([...path, 'plugin'], `${where}: plugin "${plugin}" became a plain container of ${known.image}; check its image and command`);
  } else {
    out.image = 'clnrm-fixture/busybox:latest';
    c.note(path, `${where}: no image (plugin "${plugin}"); a busybox placeholder image was written`);
  }
  if (!CONTAINER_PLUGINS.has(plugin) && !known) c.note([...path, 'plugin'], `${where}.plugin = "${plugin}": not converted (only containers exist here)`);
  const args = spec.args ?? spec.command ?? known?.args;
  if (Array.isArray(args) || typeof args === 'string') out.args = args;
  else {
    // The Rust tool kept a generic container alive itself; here the container runs its command.
    out.args = ['sleep', 'infinity'];
    c.note(path, `${where}: no command; \`sleep infinity\` keeps the container up for the steps`);
  }
  if (isTable(spec.env)) out.env = spec.env;
  // The legacy format's `[services.X.environment]` is `env` here.
  if (isTable(spec.environment)) out.env = { ...(isTable(spec.env) ? spec.env : {}), ...spec.environment };
  if (Array.isArray(spec.ports)) out.ports = spec.ports;
  if (typeof spec.workdir === 'string') out.workdir = spec.workdir;
  c.rest(spec, path, ['plugin', 'type', 'image', 'args', 'command', 'env', 'environment', 'ports', 'workdir']);
  return out;
}
