// Re-exported as xwingSeal / xwingOpen: the keystore has its own seal/unseal.
export {
  SEAL_OVERHEAD, SEAL_VERSION, KEM_CIPHERTEXT_LENGTH, KEM_PUBLIC_KEY_LENGTH, KEM_SECRET_KEY_LENGTH,
  SealError, encodeSealContext, generateKemKeyPair, kemPublicKey, open as xwingOpen, seal as xwingSeal,
  openWithSharedSecret as xwingOpenWithSharedSecret, parseSealed as parseXwingSealed,
  type KemKeyPair, type SealContext, type SealFailure,
} from './xwing-seal.js'
