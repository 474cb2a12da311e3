// The signer-set checks a sign, presign and online request share, and the DKLs23 bans
// around a run of sessions (a failed check bans the sender for the key until a refresh).
import type { PartyIndex } from '@thresh/crypto'
import type { KeyRecord, KeyRecords } from './key-records.js'
import type { Logger } from './log.js'
import { Refusal } from './refusal.js'

/** The request's signers as ascending party indices; Refusal if they are not threshold or more committee members including this node. */
export function signerIndices(record: KeyRecord, signers: readonly string[], self: string): PartyIndex[] {
  const outsiders = signers.filter((s) => !record.parties.includes(s))
  if (outsiders.length > 0) throw new Refusal('bad-request', `signers ${outsiders.join(', ')} are not in the committee of key ${record.keyId}`)
  if (!signers.includes(self)) throw new Refusal('not-a-party', `this node (${self}) is not one of the signers`)
  if (signers.length < record.threshold) {
    throw new Refusal('bad-request', `${signers.length} signers cannot sign with a ${record.threshold}-of-${record.parties.length} key`)
  }
  return signers.map((s) => record.parties.indexOf(s) + 1).sort((a, b) => a - b)
}

/**
 * Runs DKLs23 sessions of `record` among `signers`: refused up front if a signer is
 * banned; afterwards the bans (a session may have added some) are saved durably before
 * the outcome is reported, and new ones logged with the failure as evidence.
 */
export async function withDklsBans<T>(keys: KeyRecords, record: KeyRecord, signers: readonly PartyIndex[], log: Logger, run: () => Promise<T>): Promise<T> {
  const banned = signers.filter((p) => p !== record.self && keys.bans.isBanned(record.keyId, p)).map((p) => record.parties[p - 1]!)
  if (banned.length > 0) {
    throw new Refusal('aborted', `signers ${banned.join(', ')} failed a check in an earlier session of key ${record.keyId} and are banned until it is refreshed`, banned)
  }
  const bannedBefore = new Set(keys.bans.banned(record.keyId))
  let failure: unknown
  try {
    return await run()
  } catch (err) {
    failure = err
    throw err
  } finally {
    // durable before the abort is reported: a crash right after it must not forget a ban
    await keys.saveBans()
    const added = keys.bans.banned(record.keyId).filter((p) => !bannedBefore.has(p)).map((p) => record.parties[p - 1]!)
    if (added.length > 0) {
      log.warn({ keyId: record.keyId, banned: added, evidence: failure instanceof Error ? failure.message : 'none' }, 'signers banned for this key until it is refreshed (a DKLs23 check failed)')
    }
  }
}
