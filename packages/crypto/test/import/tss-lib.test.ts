import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { computeAddress } from 'ethers'
import { ImportError, dealFromTssLib, parseTssLibSaveData, type TssLibShare } from '../../src/lifecycle/import/index.js'
import { acceptAll, dklsSetup, ecdsaSignsFor, hex, subsets } from './helpers.js'

// bnb-chain/tss-lib's ECDSA keygen fixtures: 5 parties, tss-lib threshold 2 (3 sign). See fixtures/README.md.
const files = [0, 1, 2, 3].map((i) => readFileSync(new URL(`./fixtures/keygen_data_${i}.json`, import.meta.url), 'utf8'))

/** A number field read straight from the JSON text (independently of the parser under test). */
const digitsOf = (json: string, name: string) => BigInt(new RegExp(`"${name}": (\\d+)`).exec(json)![1]!)
/** ECDSAPub as the files write it: uncompressed 04 || x || y from the text's Coords. */
function fixturePublicKey(json: string): Uint8Array {
  const [, x, y] = /"ECDSAPub": \{\s*"Curve": "secp256k1",\s*"Coords": \[\s*(\d+),\s*(\d+)\s*\]/.exec(json)!
  const be = (v: string) => BigInt(v).toString(16).padStart(64, '0')
  return Uint8Array.from(Buffer.from('04' + be(x!) + be(y!), 'hex'))
}
const FIXTURE_PUB = fixturePublicKey(files[0]!)
const FIXTURE_ADDRESS = computeAddress(hex(FIXTURE_PUB))
const saves = files.map(parseTssLibSaveData)

function refused(run: () => unknown, field: string, message: RegExp, secret?: bigint): void {
  let error: unknown
  try { run() } catch (e) { error = e }
  expect(error).toBeInstanceOf(ImportError)
  expect((error as ImportError).field).toBe(field)
  expect((error as Error).message).toMatch(message)
  if (secret !== undefined) expect((error as Error).message).not.toContain(secret.toString().slice(0, 12))
}

describe('parseTssLibSaveData on tss-lib\'s own fixtures', () => {
  it('parses every file exactly: Xi and ShareID to the digit, ECDSAPub and BigXj as points, nothing of Paillier kept', () => {
    const n = secp256k1.Point.Fn.ORDER
    files.forEach((json, i) => {
      const s = saves[i]!
      expect(Object.keys(s).sort()).toEqual(['bigXj', 'ecdsaPub', 'ks', 'shareId', 'xi'])
      expect(s.xi).toBe(digitsOf(json, 'Xi'))
      expect(s.shareId).toBe(digitsOf(json, 'ShareID') % n)
      expect(s.ks).toHaveLength(5)
      expect(s.ks[i]).toBe(s.shareId) // tss-lib writes Ks sorted; file i is party i
      expect(s.bigXj).toHaveLength(5)
      expect(secp256k1.Point.fromBytes(s.ecdsaPub).toBytes(false)).toEqual(FIXTURE_PUB)
      expect(secp256k1.Point.fromBytes(s.bigXj[i]!)).toEqual(secp256k1.Point.BASE.multiply(s.xi))
      expect(s.ecdsaPub).toEqual(saves[0]!.ecdsaPub)
    })
  })

  it('a tampered Xi is refused (Xi·G ≠ BigXj) without echoing it', () => {
    const xi = digitsOf(files[1]!, 'Xi')
    const tampered = files[1]!.replace(`"Xi": ${xi}`, `"Xi": ${xi + 1n}`)
    refused(() => parseTssLibSaveData(tampered), 'Xi', /^Xi: Xi·G does not equal this party's BigXj entry$/, xi + 1n)
  })

  it('a ShareID moved to another party\'s entry is refused', () => {
    const ks = saves[0]!.ks
    const moved = files[0]!.replace(`"ShareID": ${digitsOf(files[0]!, 'ShareID')}`, `"ShareID": ${ks[1]}`)
    refused(() => parseTssLibSaveData(moved), 'Xi', /does not equal this party's BigXj entry/)
  })

  it('a BigXj entry of another key is refused (they no longer interpolate to ECDSAPub)', () => {
    const json = files[0]!
    const G = secp256k1.Point.BASE.toAffine()
    // party 4's entry is the last point before PaillierPKs: make it G
    const last = json.lastIndexOf('"Coords"', json.indexOf('"PaillierPKs"'))
    const swapped = json.slice(0, last) + `"Coords": [${G.x}, ${G.y}` + json.slice(json.indexOf(']', last))
    refused(() => parseTssLibSaveData(swapped), 'BigXj', /^BigXj: do not interpolate to ECDSAPub$/)
  })

  it('a point off the curve is refused', () => {
    const json = files[0]!
    const last = json.lastIndexOf('"Coords"')
    const [, x] = /\[\s*(\d+)/.exec(json.slice(last))!
    const off = json.slice(0, last) + json.slice(last).replace(x!, (BigInt(x!) + 1n).toString())
    refused(() => parseTssLibSaveData(off), 'ECDSAPub', /^ECDSAPub: /)
  })

  it('malformed files get a clear error', () => {
    refused(() => parseTssLibSaveData('{"Xi": 1, "Xi": 2}'), 'saveData', /not valid JSON with integer numbers \(position \d+\)/)
    refused(() => parseTssLibSaveData(files[0]!.replace(/"Xi": \d+/, '"Xi": 0.5')), 'saveData', /not valid JSON/)
    refused(() => parseTssLibSaveData(files[0]!.slice(0, 1000)), 'saveData', /not valid JSON/)
    refused(() => parseTssLibSaveData('[]'), 'saveData', /expected a JSON object/)
    refused(() => parseTssLibSaveData(files[0]!.replace('"Xi"', '"Yi"')), 'Xi', /^Xi: missing$/)
    refused(() => parseTssLibSaveData(files[0]!.replace(/"Xi": \d+/, '"Xi": 0')), 'Xi', /not a scalar in 1..n-1/)
    refused(() => parseTssLibSaveData(files[0]!.replace(/"Curve": "secp256k1"/, '"Curve": "P-256"')), 'BigXj[0]', /not a secp256k1 point/)
    const ks = saves[0]!.ks
    refused(() => parseTssLibSaveData(files[0]!.replace(`${ks[2]},`, `${ks[1]},`)), 'Ks', /^Ks: indices repeat mod n$/)
  })
})

describe('dealFromTssLib: the tss-lib key becomes a thresh key with the same public key', () => {
  it('any 3 of the files (tss-lib threshold 2) deal a 2-of-3 thresh key that signs for the fixtures\' address', () => {
    for (const chosen of [[0, 1, 2], [1, 2, 3]]) {
      const dealing = dealFromTssLib(chosen.map((i) => saves[i]!), { threshold: 2, parties: [1, 2, 3] })
      expect(dealing.scheme).toBe('ecdsa')
      expect(secp256k1.Point.fromBytes(dealing.groupPublicKey).toBytes(false)).toEqual(FIXTURE_PUB)
      const keys = dklsSetup(acceptAll(dealing, `tss-lib-${chosen.join('')}`))
      for (const signers of subsets([1, 2, 3], 2)) ecdsaSignsFor(keys, signers, dealing.groupPublicKey, FIXTURE_ADDRESS)
    }
  })

  it('all 4 files deal a 3-of-4 key (more files than needed is fine)', () => {
    const dealing = dealFromTssLib(saves, { threshold: 3, parties: [1, 2, 3, 4] })
    const keys = dklsSetup(acceptAll(dealing, 'tss-lib-3of4'))
    ecdsaSignsFor(keys, [2, 3, 4], dealing.groupPublicKey, FIXTURE_ADDRESS)
  })

  it('two dealings of the same files share nothing but the key', () => {
    const a = dealFromTssLib(saves.slice(0, 3), { threshold: 2, parties: [1, 2, 3] })
    const b = dealFromTssLib(saves.slice(0, 3), { threshold: 2, parties: [1, 2, 3] })
    expect(a.groupPublicKey).toEqual(b.groupPublicKey)
    expect(a.commitment[1]).not.toEqual(b.commitment[1])
    expect(a.shares.get(1)).not.toEqual(b.shares.get(1))
  })

  const opts = { threshold: 2, parties: [1, 2, 3] }
  it('too few files (2 of a tss-lib threshold-2 key) are refused', () => {
    refused(() => dealFromTssLib(saves.slice(0, 2), opts), 'saves', /fewer than tss-lib threshold \+ 1 parties/)
    refused(() => dealFromTssLib([], opts), 'saves', /at least one/)
  })

  it('a file of another key (different ECDSAPub) is refused', () => {
    const other: TssLibShare = { ...saves[1]!, ecdsaPub: secp256k1.getPublicKey(new Uint8Array(32).fill(7), true) }
    refused(() => dealFromTssLib([saves[0]!, other, saves[2]!], opts), 'saves[1].ecdsaPub', /differs from the first file: not the same key/)
  })

  it('files disagreeing on Ks or BigXj are refused', () => {
    const ks = [...saves[2]!.ks]; ks[4] = ks[4]! + 1n
    refused(() => dealFromTssLib([saves[0]!, saves[1]!, { ...saves[2]!, ks }], opts), 'saves[2].ks', /differs from the first file/)
    const bigXj = [...saves[2]!.bigXj]; bigXj[4] = secp256k1.getPublicKey(new Uint8Array(32).fill(9), true)
    refused(() => dealFromTssLib([saves[0]!, saves[1]!, { ...saves[2]!, bigXj }], opts), 'saves[2].bigXj', /differs from the first file/)
  })

  it('a tampered xi and a repeated party are refused', () => {
    const xi = saves[1]!.xi + 1n
    refused(() => dealFromTssLib([saves[0]!, { ...saves[1]!, xi }, saves[2]!], opts), 'saves[1].xi', /xi·G does not equal the party's BigXj entry/, xi)
    refused(() => dealFromTssLib([saves[0]!, saves[1]!, saves[1]!], opts), 'saves', /the same party appears twice/)
  })

  it('a bad thresh committee is refused', () => {
    refused(() => dealFromTssLib(saves, { threshold: 4, parties: [1, 2, 3] }), 'threshold', /must be in 1..3/)
  })
})
