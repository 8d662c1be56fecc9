/**
 * Places in a TOML file: positions and key paths. A leaf module: the scanner, the
 * parser and the issue list all name places, and none of them imports another for it.
 */

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A key path as segments: strings for keys, numbers for array indexes. */
export type PathSegments = readonly (string | number)[];

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/** Renders path segments as a TOML key path: `scenario[0].attrs.all."cleanup.success"`. */
export function formatKeyPath(path: PathSegments): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += (out ? '.' : '') + (BARE_KEY.test(seg) ? seg : JSON.stringify(seg));
  }
  return out;
}
