import { defineConfig } from 'vitest/config';

// Integration tests drive one shared Docker engine and measure timeouts: files run one at a time
// so they neither starve each other of the machine's two cores nor see each other's containers.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    fileParallelism: false,
  },
});
