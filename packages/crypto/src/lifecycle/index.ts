export type { PinnedKey, RosterEntry } from './types.js'
export { MAX_LIFECYCLE_PARTIES, checkPinnedKey, type CheckedKey } from './pinned-key.js'
export { ReshareSession, reshareSessionId, type ReshareRequest, type ReshareOptions } from './reshare-session.js'
export {
  reshareCommitmentLength,
  type ReshareMessage, type ReshareCommitMessage, type ReshareShareMessage, type ReshareConfirmMessage, type ReshareComplaintMessage,
  type ReshareVerdictMessage, type ReshareContext,
} from './reshare-messages.js'
export { RepairSession, repairSessionId, type RepairRequest, type RepairOptions } from './repair-session.js'
export type {
  RepairMessage, RepairCommitMessage, RepairPieceMessage, RepairConfirmMessage, RepairComplaintMessage, RepairSumMessage,
  RepairRebuiltMessage, RepairSumComplaintMessage, RepairAckMessage, RepairVerdictMessage, RepairOutcomeMessage, RepairContext,
} from './repair-messages.js'
export * from './import/index.js'
