export { ed25519Identity, verifyIdentitySignature, assertIdentityPublicKey } from './ed25519-identity.js'
export { Blame } from './blame.js'
export { judgeViews, assertViewShape, type SignedView } from './signed-view.js'
