export { FrostSigner } from './signer.js'
export { aggregateSignature, verifySignatureShare } from './aggregate.js'
export { bindingFactors } from './binding-factors.js'
export { verifySchnorr, schnorrPublicKey } from './verify.js'
export { isFrostScheme, type FrostScheme, type FrostPublicKey, type SigningCommitment } from './suite.js'
export {
  FrostSignSession, frostSignSessionId,
  type FrostSignOptions, type FrostSignRequest, type FrostMessage, type FrostCommitMessage, type FrostShareMessage,
} from './session.js'
export { tweakFrostKey, tweakFrostPublicKey, type FrostTweak } from './tweak.js'
export {
  FrostPresignature, FrostNonceUsedError, FrostPresignMismatchError, frostPresign, combineFrostOnline, type PresignedCommitment,
} from './preprocess.js'
