import { randomBytes } from 'node:crypto'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import type { Ed25519PrivateKey } from '@libp2p/interface'
import { ed25519Identity, type IdentityKey } from '@thresh/crypto'
import type { KeyStore } from '@thresh/store'

/** Keystore secret holding the node's 32-byte Ed25519 identity seed. */
export const IDENTITY_SECRET = 'node-identity-ed25519-seed'

/**
 * The node's one long-term key, in the two forms it is used in: the libp2p private
 * key (the Noise static key: peers authenticate the node by it) and the synchronous
 * IdentityKey the protocols sign transcripts with. Both come from the same seed.
 */
export interface NodeIdentity {
  readonly privateKey: Ed25519PrivateKey
  readonly peerId: string
  readonly key: IdentityKey
}

/** Creates and stores a new identity; refuses if the store already holds one. */
export async function createIdentity(store: KeyStore): Promise<NodeIdentity> {
  if (await store.hasSecret(IDENTITY_SECRET)) throw new Error(`keystore at ${store.path} already holds a node identity`)
  const seed = new Uint8Array(randomBytes(32))
  try {
    await store.putSecret(IDENTITY_SECRET, seed)
    return await identityFromSeed(seed)
  } finally {
    seed.fill(0)
  }
}

export async function loadIdentity(store: KeyStore): Promise<NodeIdentity> {
  const seed = await store.getSecret(IDENTITY_SECRET)
  try {
    if (seed.length !== 32) throw new Error(`node identity in ${store.path} is ${seed.length} bytes, expected 32`)
    return await identityFromSeed(seed)
  } finally {
    seed.fill(0)
  }
}

async function identityFromSeed(seed: Uint8Array): Promise<NodeIdentity> {
  const privateKey = await generateKeyPairFromSeed('Ed25519', seed)
  const key = ed25519Identity(seed)
  if (!Buffer.from(key.publicKey).equals(privateKey.publicKey.raw)) throw new Error('identity key derivations disagree')
  return { privateKey, peerId: peerIdFromPrivateKey(privateKey).toString(), key }
}

/** The Ed25519 identity public key a peer id embeds (thresh peer ids are Ed25519). */
export function identityPublicKey(peerId: string): Uint8Array {
  const id = peerIdFromString(peerId)
  if (id.type !== 'Ed25519') throw new Error(`${peerId} is not an Ed25519 peer id`)
  return id.publicKey.raw
}
