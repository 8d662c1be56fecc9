/** `random(N, [a, b, c])`: a fault target drawn from the seed. Parsed here for the loader's checks and the plan's draws. */
const RANDOM_TARGET = /^random\(\s*(\d+)\s*,\s*\[([^\]]*)\]\s*\)$/;

export function parseRandomTarget(text: string): { count: number; pool: string[] } | undefined {
  const m = RANDOM_TARGET.exec(text);
  if (!m) return undefined;
  return { count: Number(m[1]), pool: m[2]!.split(',').map((s) => s.trim().replace(/^"|"$/g, '')).filter(Boolean) };
}
