import { createHash } from 'node:crypto'
import {
  BanList, curveOf, DkgSession, DklsSetupSession, DklsSignSession, ed25519Identity, FrostSignSession, simulate,
  type EcdsaKeyShare, type EcdsaSignature, type IdentityKey, type KeyShare, type PartyIndex, type Rng, type Scheme, type Session,
  type SimulationResult, type Transit,
} from '@thresh/crypto'
import { byteSession, dkgCodec, dklsSetupCodec, dklsSignCodec, frostCodec } from '../src/index.js'

/** Deterministic identities and randomness, so a tampered run can be compared with a clean one. */
export const range = (n: number): PartyIndex[] => Array.from({ length: n }, (_, i) => i + 1)

const sha256 = (text: string): Uint8Array => new Uint8Array(createHash('sha256').update(text).digest())

export function identityOf(p: PartyIndex): IdentityKey {
  return ed25519Identity(sha256(`identity ${p}`))
}

export function identities(parties: readonly PartyIndex[]): Map<PartyIndex, Uint8Array> {
  return new Map(parties.map((p) => [p, identityOf(p).publicKey]))
}

export function seededRng(seed: string): Rng {
  let counter = 0
  return (n) => {
    const out = new Uint8Array(n)
    for (let off = 0; off < n; off += 32) out.set(sha256(`${seed}/${counter++}`).subarray(0, Math.min(32, n - off)), off)
    return out
  }
}

export type Intercept = (t: Transit<Uint8Array>) => Transit<Uint8Array>[] | void

export function runDkg(scheme: Scheme, threshold: number, n: number, intercept?: Intercept): SimulationResult<KeyShare> {
  const parties = range(n)
  const ids = identities(parties)
  const codec = dkgCodec({ curve: curveOf(scheme), threshold, parties: n })
  const sessions: Session<KeyShare, Uint8Array>[] = parties.map((self) => byteSession(new DkgSession({
    keyId: `k-${scheme}`, scheme, threshold, parties, self, identity: identityOf(self), identities: ids, rng: seededRng(`dkg ${scheme} ${self}`),
  }), codec))
  return simulate(sessions, intercept ? { intercept } : {})
}

export function runFrost(keys: readonly KeyShare[], signers: readonly PartyIndex[], message: Uint8Array, intercept?: Intercept): SimulationResult<Uint8Array> {
  const ids = identities(signers)
  const codec = frostCodec({ curve: keys[0]!.curve, signers: signers.length })
  const sessions = signers.map((self) => byteSession(new FrostSignSession({
    key: keys.find((k) => k.self === self)!, signers, message, requestId: 'r1', identity: identityOf(self), identities: ids,
    rng: seededRng(`frost ${self}`),
  }), codec))
  return simulate(sessions, intercept ? { intercept } : {})
}

export function runDklsSetup(keys: readonly KeyShare[], intercept?: Intercept): SimulationResult<EcdsaKeyShare> {
  const sessions = keys.map((key) => byteSession(new DklsSetupSession({ key, rng: seededRng(`dkls setup ${key.self}`) }), dklsSetupCodec))
  return simulate(sessions, intercept ? { intercept } : {})
}

export function runDklsSign(keys: readonly EcdsaKeyShare[], signers: readonly PartyIndex[], digest: Uint8Array, intercept?: Intercept): SimulationResult<EcdsaSignature> {
  const codec = dklsSignCodec({ signers: signers.length })
  const sessions = signers.map((self) => byteSession(new DklsSignSession({
    key: keys.find((k) => k.self === self)!, signers, digest, requestId: 'r1', bans: new BanList(), rng: seededRng(`dkls sign ${self}`),
    identity: identityOf(self), identities: identities(signers),
  }), codec))
  return simulate(sessions, intercept ? { intercept } : {})
}
