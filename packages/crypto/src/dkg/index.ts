export { DkgSession, dkgSessionId, MAX_DKG_PARTIES, type DkgRequest, type DkgOptions } from './session.js'
export type { DkgMessage, DkgCommitMessage, DkgShareMessage, DkgConfirmMessage, DkgComplaintMessage } from './messages.js'
