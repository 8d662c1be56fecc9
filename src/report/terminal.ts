/**
 * What the terminal the console writes to can do: colours (NO_COLOR and
 * FORCE_COLOR honoured, https://no-color.org / https://force-color.org) and a
 * status line redrawn in place (only on a TTY; piped output gets plain lines).
 */
import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

type Env = Record<string, string | undefined>;

/** NO_COLOR (non-empty) wins; then FORCE_COLOR (anything but 0/false); else colours on a TTY that is not `dumb`. */
export function colorEnabled(out: NodeJS.WritableStream, env: Env = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTty(out) && env.TERM !== 'dumb';
}

export const isTty = (out: NodeJS.WritableStream): boolean => (out as NodeJS.WriteStream).isTTY === true;

/** Clears the current line: carriage return, then erase the whole line. */
export const CLEAR_LINE = '\r\x1b[2K';

/**
 * A single status line at the bottom of a TTY: `write` prints a line above it,
 * `set` replaces it. Without a TTY `set` does nothing and `write` prints plain lines.
 */
export function statusLine(out: NodeJS.WritableStream) {
  const tty = isTty(out);
  let shown = '';
  const width = () => Math.max(20, ((out as NodeJS.WriteStream).columns ?? 80) - 1);
  return {
    tty,
    write(line: string) {
      out.write(`${tty && shown ? CLEAR_LINE : ''}${line}\n${tty && shown ? shown : ''}`);
    },
    set(text: string) {
      if (!tty) return;
      // Longer than the terminal, it would wrap and the next redraw could not replace it.
      shown = text.length > width() ? `${text.slice(0, width() - 1)}…` : text;
      out.write(`${CLEAR_LINE}${shown}`);
    },
    clear() {
      if (tty && shown) out.write(CLEAR_LINE);
      shown = '';
    },
  };
}
