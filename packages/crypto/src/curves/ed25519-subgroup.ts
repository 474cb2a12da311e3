import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex } from '@noble/curves/utils.js'

/*
 * Ed25519 points that remember a passed subgroup check. Checking that a point has no
 * torsion component costs a full scalar multiplication (~1 ms in JS), and noble's FROST
 * re-parses and re-checks every commitment and key in each of sign, aggregate and
 * verify: about half of an Ed25519 FROST signer's time. An encoding always decodes to
 * the same point, so a passed check is remembered by encoding (bounded, oldest dropped).
 */
const MAX_REMEMBERED = 8192
const torsionFree = new Set<string>()
const encodings = new WeakMap<object, string>()

export class Ed25519SubgroupPoint extends ed25519.Point {
  static override fromBytes(bytes: Uint8Array, zip215 = false): Ed25519SubgroupPoint {
    const p = ed25519.Point.fromBytes(bytes, zip215)
    const point = new Ed25519SubgroupPoint(p.X, p.Y, p.Z, p.T)
    encodings.set(point, bytesToHex(bytes))
    return point
  }

  override isTorsionFree(): boolean {
    const encoding = encodings.get(this)
    if (encoding !== undefined && torsionFree.has(encoding)) return true
    const ok = super.isTorsionFree()
    if (ok && encoding !== undefined) {
      if (torsionFree.size >= MAX_REMEMBERED) torsionFree.delete(torsionFree.values().next().value!)
      torsionFree.add(encoding)
    }
    return ok
  }
}
