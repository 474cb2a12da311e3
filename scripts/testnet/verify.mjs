// Signature checks that do not go through the SDK, for `npm run testnet` and the
// coordinator's end-to-end tests: OpenSSL (node:crypto) wherever it knows the scheme,
// noble's reference verifiers for BIP340 and FROST(secp256k1).
import { createPublicKey, verify } from 'node:crypto'
import { schnorr, secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { bytesToHex, recoverPublicKey } from 'viem'

const SPKI_PREFIX = {
  ed25519: '302a300506032b6570032100', // id-Ed25519
  secp256k1: '3036301006072a8648ce3d020106052b8104000a032200', // id-ecPublicKey, secp256k1, compressed point
}

function openSslKey(curve, publicKey) {
  return createPublicKey({ key: Buffer.concat([Buffer.from(SPKI_PREFIX[curve], 'hex'), publicKey]), format: 'der', type: 'spki' })
}

/**
 * Verifies what the testnet signed. ECDSA signatures are over sha256(message) (the
 * testnet asks for hash: 'sha256' so that OpenSSL can check them) and their recovery
 * id must recover the key.
 */
export async function verifyIndependently(scheme, publicKey, message, sig) {
  switch (scheme) {
    case 'frost-ed25519':
      return verify(null, message, openSslKey('ed25519', publicKey), sig.signature)
    case 'bip340':
      return schnorr.verify(sig.signature, message, publicKey.subarray(1))
    case 'frost-secp256k1':
      return secp256k1_FROST.verify(sig.signature, message, publicKey)
    case 'ecdsa': {
      if (!verify('sha256', message, { key: openSslKey('secp256k1', publicKey), dsaEncoding: 'ieee-p1363' }, sig.signature)) return false
      const hex = (n) => `0x${n.toString(16).padStart(64, '0')}`
      const recovered = await recoverPublicKey({ hash: bytesToHex(sig.digest), signature: { r: hex(sig.r), s: hex(sig.s), yParity: sig.recoveryId } })
      return recovered === bytesToHex(secp256k1.Point.fromBytes(publicKey).toBytes(false))
    }
    default:
      throw new Error(`no verifier for ${scheme}`)
  }
}
