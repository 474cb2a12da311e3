export { ed25519Identity, verifyIdentitySignature, assertIdentityPublicKey, assertIdentityKeys } from './ed25519-identity.js'
export { Blame } from './blame.js'
export { judgeViews, assertViewShape, type SignedView } from './signed-view.js'
export { signStatement, verifyStatement, type StatementPurpose, type StatementContext } from './statement.js'
