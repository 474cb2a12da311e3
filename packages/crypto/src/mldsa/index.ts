export { MAX_PARTIES as MAX_MLDSA_PARTIES, PUBLIC_KEY_BYTES as MLDSA44_PUBLIC_KEY_BYTES, SIGNATURE_BYTES as MLDSA44_SIGNATURE_BYTES, ThresholdRangeError, thresholdParams, type ThresholdParams } from './params.js'
export { MlDsaEncodingError, decodeFullVec as decodeMlDsaVec, encodeFullVec as encodeMlDsaVec } from './encoding.js'
export { assertMlDsaKey, assignShares, sharingSubsets, subsetKey, type MlDsaKeyShare, type MlDsaPublicInfo, type SubsetShare } from './shares.js'
export { splitMlDsaKey, type ImportOptions } from './import.js'
export {
  MAX_SIGN_ATTEMPTS, MlDsaAttemptsExhausted, MlDsaSignSession, combineSigning, mlDsaSignSessionId, signWithRetries,
  type MlDsaCommitMessage, type MlDsaRevealMessage, type MlDsaRespondMessage, type MlDsaSignMessage, type MlDsaSignOptions,
  type MlDsaSignRequest, type MlDsaSignResult, type SignerTranscript,
} from './sign-session.js'
export {
  MlDsaKeygenSession, mlDsaKeygenSessionId, type MlDsaKeygenMessage, type MlDsaKeygenOptions, type MlDsaKeygenRequest,
} from './keygen-session.js'
export { W_SLOT_BYTES as MLDSA_VEC_BYTES } from './threshold-sign.js'
