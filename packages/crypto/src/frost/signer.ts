import { concatBytes, equalBytes, randomBytes } from '@noble/curves/utils.js'
import type { KeyShare } from '../keys/types.js'
import type { Rng } from '../session/types.js'
import { ciphersuiteOf } from './ciphersuite.js'
import { signatureShare, signingPackage } from './signing.js'
import { checkCommitmentList, frostGroup, type SigningCommitment } from './suite.js'

/** The two secret nonces, encoded, so that they can be wiped. */
interface Nonces {
  readonly hiding: Uint8Array
  readonly binding: Uint8Array
}

/**
 * One signer's part in one FROST signature (RFC 9591 §5.1–5.2).
 * Single use: commit() once, then signShare() once. The nonces live only inside this
 * object, are never exported or persisted, and are wiped when signShare() runs —
 * even when it refuses the commitment list, so a nonce can never sign twice.
 */
export class FrostSigner {
  private readonly key: KeyShare
  private readonly rng: Rng
  private nonces: Nonces | undefined
  private own: SigningCommitment | undefined
  private used = false

  /** `rng` feeds nonce_generate (32 bytes per nonce); tests inject RFC 9591 randomness. */
  constructor(key: KeyShare, options: { rng?: Rng } = {}) {
    assertShareConsistent(key)
    this.key = key
    this.rng = options.rng ?? randomBytes
  }

  /** Round 1: fresh hiding and binding nonces; returns their commitments. */
  commit(): SigningCommitment {
    if (this.own || this.used) throw new Error('FrostSigner is single-use: commit() was already called')
    const { group, H3 } = ciphersuiteOf(this.key.scheme)
    const secret = group.Fn.toBytes(this.secret())
    // RFC 9591 §4.1 nonce_generate: H3(random_bytes(32) || SerializeScalar(secret))
    const nonce = () => H3(concatBytes(Uint8Array.from(this.rng(32)), secret))
    const hiding = nonce()
    const binding = nonce()
    secret.fill(0)
    this.nonces = { hiding: group.Fn.toBytes(hiding), binding: group.Fn.toBytes(binding) }
    this.own = { signer: this.key.self, hiding: group.baseMultiply(hiding), binding: group.baseMultiply(binding) }
    return this.own
  }

  /**
   * Round 2: this signer's share of the signature over `message` for the given
   * commitment list. Refuses a list without this signer's exact commitments, with a
   * repeated or unknown signer, an invalid point, or fewer than threshold signers.
   */
  signShare(commitments: readonly SigningCommitment[], message: Uint8Array): Uint8Array {
    if (this.used) throw new Error('FrostSigner is single-use: its nonces were already used')
    const nonces = this.nonces
    const own = this.own
    if (!nonces || !own) throw new Error('commit() must come before signShare()')
    this.used = true
    this.nonces = undefined
    try {
      if (!(message instanceof Uint8Array)) throw new TypeError('message must be bytes')
      const list = checkCommitmentList(this.key, commitments)
      const mine = list.find((c) => c.signer === own.signer)
      if (!mine) throw new Error(`commitment list lacks signer ${own.signer}'s own entry`)
      if (!equalBytes(mine.hiding, own.hiding) || !equalBytes(mine.binding, own.binding)) {
        throw new Error(`commitment list carries commitments for signer ${own.signer} that it did not make`)
      }
      const { Fn } = ciphersuiteOf(this.key.scheme).group
      const pkg = signingPackage(this.key, list, message)
      return Fn.toBytes(signatureShare(this.key, pkg, own.signer, this.secret(), Fn.fromBytes(nonces.hiding), Fn.fromBytes(nonces.binding)))
    } finally {
      nonces.hiding.fill(0)
      nonces.binding.fill(0)
    }
  }

  private secret(): bigint {
    return ciphersuiteOf(this.key.scheme).group.Fn.fromBytes(this.key.secretShare)
  }
}

/**
 * Key shares whose secret share is known to match its public share. The check is a
 * constant-time base multiplication on the ciphersuite's native group (libsecp256k1's
 * ecmult_gen, libsodium's scalarmult_base_noclamp: tens of microseconds, where noble's
 * took about a millisecond on every signature, since a node decrypts a fresh KeyShare
 * per request and this cache then never hits); KeyShare objects are read-only.
 */
const consistentShares = new WeakSet<KeyShare>()

function assertShareConsistent(key: KeyShare): void {
  if (consistentShares.has(key)) return
  const secret = frostGroup(key.scheme).decodeScalar(key.secretShare, 'secret share')
  const expected = key.publicShares.get(key.self)
  if (!expected || !equalBytes(ciphersuiteOf(key.scheme).group.baseMultiply(secret), expected)) {
    throw new Error('key share is inconsistent: the secret share does not match its public share')
  }
  consistentShares.add(key)
}
