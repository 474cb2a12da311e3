import type { Scheme } from '@thresh/crypto'
import { PayloadError } from './errors.js'

/** What a sign request carries; the node decodes it and computes the digest itself. */
export type PayloadKind = 'evm-tx' | 'eip191' | 'eip712' | 'psbt' | 'solana-tx' | 'bytes' | 'digest'

export const PAYLOAD_KINDS: readonly PayloadKind[] = ['evm-tx', 'eip191', 'eip712', 'psbt', 'solana-tx', 'bytes', 'digest']

/**
 * Which schemes may sign each kind. A PSBT is signed by an ECDSA key for its segwit v0
 * (P2WPKH) inputs and by a BIP340 key for its Taproot key-path inputs; `bytes` is a
 * message a Schnorr scheme signs as is; `digest` (32 raw bytes) is the escape hatch.
 */
const SCHEMES_OF: Readonly<Record<PayloadKind, readonly Scheme[]>> = {
  'evm-tx': ['ecdsa'],
  eip191: ['ecdsa'],
  eip712: ['ecdsa'],
  psbt: ['ecdsa', 'bip340'],
  'solana-tx': ['frost-ed25519'],
  bytes: ['frost-ed25519', 'frost-secp256k1', 'bip340'],
  digest: ['ecdsa', 'frost-ed25519', 'frost-secp256k1', 'bip340'],
}

export function isPayloadKind(value: unknown): value is PayloadKind {
  return typeof value === 'string' && (PAYLOAD_KINDS as readonly string[]).includes(value)
}

/** Throws PayloadError('wrong-scheme') unless a key of `scheme` may sign payloads of `kind`. */
export function checkKindForScheme(kind: PayloadKind, scheme: Scheme): void {
  if (!isPayloadKind(kind)) throw new PayloadError('bad-request', `unknown payload kind ${JSON.stringify(String(kind)).slice(0, 40)}`)
  const schemes = SCHEMES_OF[kind]
  if (!schemes.includes(scheme)) {
    throw new PayloadError('wrong-scheme', `a ${kind} payload cannot be signed by a ${scheme} key (it needs ${schemes.join(' or ')})`)
  }
}
