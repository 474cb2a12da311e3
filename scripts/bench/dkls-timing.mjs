// Timing check of the VOLE Bob's secret-dependent work (issue 9): the same VOLE run with
// Bob's choice bits β all zero and all one. Work whose time depends on β leaks it (β
// encodes Bob's multiplier: the inversion mask φ). Reported: both medians and their
// difference in percent of the all-zero median. Not a pass/fail test: timing on a shared
// 2-core VM is noisy, so compare the difference with the run-to-run spread.
import { createHash } from 'node:crypto'
import { voleAliceMultiply, voleBobFinish, voleBobSample } from '../../packages/crypto/dist/dkls/vole.js'
import { XI } from '../../packages/crypto/dist/dkls/params.js'

const bytes = (tag, n) => {
  const out = new Uint8Array(n)
  for (let off = 0, i = 0; off < n; off += 32, i++) out.set(createHash('sha256').update(`${tag}/${i}`).digest().subarray(0, Math.min(32, n - off)), off)
  return out
}

// base-OT output stand-ins: Alice's Δ and seeds k_i^{Δ_i}, Bob's k_i^0 and k_i^1
const delta = bytes('delta', 32)
const seeds0 = bytes('seeds0', 256 * 32)
const seeds1 = bytes('seeds1', 256 * 32)
const aliceSeeds = new Uint8Array(256 * 32)
for (let i = 0; i < 256; i++) {
  const bit = (delta[i >>> 3] >>> (i & 7)) & 1
  aliceSeeds.set((bit ? seeds1 : seeds0).subarray(i * 32, i * 32 + 32), i * 32)
}
const inputs = [0x1234567890abcdefn * 0xfedcba9876543210n, 0x0badc0ffeen ** 4n]
const esid = bytes('esid', 32)
const salt = bytes('salt', 32)

/** An rng whose first draw (β, XI/8 bytes) is `fill` and the rest pseudo-random. */
function rngWith(fill) {
  let first = true
  let counter = 0
  return (n) => {
    if (first && n === XI / 8) {
      first = false
      return new Uint8Array(n).fill(fill)
    }
    return bytes(`rng/${counter++}`, n)
  }
}

/** Bob's two steps of one VOLE (sampling, then finishing): milliseconds. Alice's work is not counted. */
function bobTime(fill) {
  const t0 = performance.now()
  const sampled = voleBobSample(esid, seeds0, seeds1, rngWith(fill))
  const t1 = performance.now()
  const alice = voleAliceMultiply(esid, salt, delta, aliceSeeds, sampled.message, inputs, rngWith(0x5a))
  const t2 = performance.now()
  voleBobFinish(esid, salt, sampled.bob, alice.message)
  return t1 - t0 + (performance.now() - t2)
}

export async function run(bench) {
  if (!bench.wanted('dkls-vole-bob')) return
  // interleaved, so that drift of the machine's speed hits both alike
  const samples = { zero: [], one: [] }
  for (let i = 0; i < 204; i++) {
    const order = i % 2 === 0 ? ['zero', 'one'] : ['one', 'zero']
    for (const name of order) {
      const t = bobTime(name === 'zero' ? 0x00 : 0xff)
      if (i >= 4) samples[name].push(t)
    }
  }
  const zero = bench.record('dkls-vole-bob-beta-zero', samples.zero)
  const one = bench.record('dkls-vole-bob-beta-one', samples.one)
  const diff = ((one.median_ms - zero.median_ms) / zero.median_ms) * 100
  process.stderr.write(`  VOLE Bob, all-one vs all-zero β: ${diff.toFixed(1)}% of the all-zero median\n`)
  one.beta_difference_pct = Math.round(diff * 10) / 10
}
