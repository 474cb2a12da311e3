// Time locks: a request may be signed only `delaySeconds` after it was announced, unless a
// cancel quorum has signed its cancellation first. The node records the announcement (when
// it first saw the request) and passes it in; this module only decides.
import { bytesToHex } from '@noble/hashes/utils.js'
import { checkQuorum, type ApprovalSignature } from './approvers.js'
import { cancelHash } from './canonical.js'
import type { Requirements } from './document.js'

/** What the node persists when it first sees a time-locked request. */
export interface Announcement {
  requestId: string
  /** requestHash(ctx) as lowercase hex: binds the announcement to this exact request. */
  requestHash: string
  /** Unix seconds. */
  announcedAt: number
}

export type TimeLockResult = { ok: true } | { ok: false; reason: string }

export function checkTimeLock(
  timeLock: NonNullable<Requirements['timeLock']>,
  requestId: string,
  reqHash: Uint8Array,
  announcement: Announcement | undefined,
  cancellations: readonly ApprovalSignature[],
  now: number,
): TimeLockResult {
  if (announcement === undefined) return { ok: false, reason: 'time lock: the request was not announced' }
  if (announcement.requestId !== requestId || announcement.requestHash !== bytesToHex(reqHash)) {
    return { ok: false, reason: 'time lock: the announcement is for another request' }
  }
  if (timeLock.cancel !== undefined && cancellations.length > 0 && checkQuorum(timeLock.cancel, cancelHash(reqHash), cancellations).ok) {
    return { ok: false, reason: 'time lock: the request was cancelled by a cancel quorum' }
  }
  const ready = announcement.announcedAt + timeLock.delaySeconds
  if (!Number.isSafeInteger(announcement.announcedAt) || now < ready) {
    return { ok: false, reason: `time lock: signable from ${ready} (now ${now})` }
  }
  return { ok: true }
}
