#!/usr/bin/env node
// Benchmark runner: `npm run bench [-- filter...]` (a filter matches rows whose name contains it;
// `=name` matches that row only; `--merge` keeps the other rows of an existing bench-results.json
// and replaces only those run now) (or `-- --soak [--minutes M]`, scripts/soak). Each scripts/bench/*.mjs exports
// `run(bench)` and records cases through `bench.measure` / `bench.record`. Prints a
// table and writes bench-results.json: [{ name, median_ms, p95_ms, runs, ...extra }].
import '@thresh/wire/polyfill'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const here = fileURLToPath(new URL('.', import.meta.url))
const merge = process.argv.includes('--merge')
const filters = process.argv.slice(2).filter((a) => a !== '--merge')
const wanted = (name) => filters.length === 0 || filters.some((f) => (f.startsWith('=') ? name === f.slice(1) : name.includes(f)))
const results = []

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[i]
}

const bench = {
  wanted,
  /** Times `fn` `runs` times after `warmup` untimed runs; `fn` may be async. */
  async measure(name, { runs = 20, warmup = 2, extra = {} } = {}, fn) {
    if (!wanted(name)) return undefined
    for (let i = 0; i < warmup; i++) await fn(i)
    const samples = []
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      await fn(i)
      samples.push(performance.now() - t0)
    }
    return bench.record(name, samples, extra)
  },
  /** Records externally measured samples (milliseconds). */
  record(name, samples, extra = {}) {
    const sorted = [...samples].sort((a, b) => a - b)
    const row = { name, median_ms: round(quantile(sorted, 0.5)), p95_ms: round(quantile(sorted, 0.95)), runs: samples.length, ...extra }
    results.push(row)
    process.stderr.write(`  ${name}: median ${row.median_ms} ms, p95 ${row.p95_ms} ms (${row.runs} runs)\n`)
    return row
  },
}

function round(x) {
  return Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x
}

function table(rows) {
  const extras = [...new Set(rows.flatMap((r) => Object.keys(r)).filter((k) => !['name', 'median_ms', 'p95_ms', 'runs'].includes(k)))]
  const head = ['name', 'median_ms', 'p95_ms', 'runs', ...extras]
  const cells = rows.map((r) => head.map((h) => (r[h] === undefined ? '' : String(r[h]))))
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (c) => '| ' + c.map((v, i) => v.padEnd(width[i])).join(' | ') + ' |'
  return [line(head), '|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.map(line)].join('\n')
}

if (filters.includes('--soak')) {
  // `--soak [--minutes M]`: continuous signing against real nodes instead of the rows (scripts/soak)
  await (await import('./soak/soak.mjs')).soak(filters)
  process.exit(0)
}

const files = (await readdir(join(here, 'bench'))).filter((f) => f.endsWith('.mjs')).sort()
// a file that fails is reported and the others still run: one broken row must not cost the rest
const failed = []
for (const file of files) {
  process.stderr.write(`${file}\n`)
  try {
    const mod = await import(pathToFileURL(join(here, 'bench', file)).href)
    await mod.run(bench)
  } catch (err) {
    failed.push(file)
    process.stderr.write(`  ${file} failed: ${err?.stack ?? err}\n`)
  }
}
console.log(table(results))
const out = join(here, '..', 'bench-results.json')
let rows = results
if (merge) {
  const fresh = new Set(results.map((r) => r.name))
  const kept = JSON.parse(await readFile(out, 'utf8').catch(() => '[]')).filter((r) => !fresh.has(r.name))
  rows = [...kept, ...results]
}
await writeFile(out, JSON.stringify(rows, null, 2) + '\n')
console.log(`\nwrote bench-results.json (${rows.length} rows${merge ? `, ${results.length} of them from this run` : ''})`)
if (failed.length > 0) {
  console.log(`failed: ${failed.join(', ')} (rows they recorded before failing are kept)`)
  process.exitCode = 1
}
