export { DklsSetupSession, dklsSetupSessionId, type DklsSetupOptions } from './setup-session.js'
export { DklsSignSession, dklsSignSessionId, type DklsPublicKeyData, type DklsSignOptions, type DklsSignRequest, type EcdsaSignature } from './sign-session.js'
export {
  DklsPresignSession, DklsPresignature, PRESIGN_ID_BYTES, PresignatureUsedError, combineDklsOnline, dklsPresignSessionId, newPresignId,
  type DklsOnlineShare, type DklsOnlineTarget, type DklsPresignOptions, type DklsPresignRequest,
} from './presign-session.js'
export { BanList, type BanListData } from './bans.js'
export { assertEcdsaKeyShare, dklsMaterialBytes, type DklsPeerMaterial, type EcdsaKeyShare } from './key-share.js'
export type {
  DklsSetupMessage, DklsSetupChooseMessage, DklsSetupOfferMessage, DklsSetupExtendMessage, DklsSetupOpenMessage,
  DklsSignMessage, DklsSignCommitMessage, DklsSignExtendMessage, DklsSignRevealMessage, DklsSignMultiplyMessage, DklsSignShareMessage,
} from './messages.js'
export { SETUP_SHAPES as DKLS_SETUP_SHAPES, signShapes as dklsSignShapes } from './messages.js'
