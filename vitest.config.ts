import { defineConfig } from 'vitest/config'

// Tests run against TypeScript sources: the `thresh:source` export condition maps
// every @thresh/* import to src/ (the built dist/ is what the CLIs and the testnet run).
export default defineConfig({
  resolve: { conditions: ['thresh:source'] },
  ssr: { resolve: { conditions: ['thresh:source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    setupFiles: ['packages/wire/src/polyfill.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
