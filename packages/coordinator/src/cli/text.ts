import { bytesToHex } from '@noble/hashes/utils.js'
import type { KeyInfo, MemberSecurity } from '@thresh/wire'
import { ethereumAddress } from '../ethereum.js'
import type { Signature } from '../types.js'

/** Plain-text and JSON renderings shared by the `thresh` CLI and the testnet script. */

/** A text table: a header row, a rule, then the rows, columns padded to fit. */
export function formatTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join('  ').trimEnd()
  return [line(head), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/** Shortens a long identifier for tables: first and last characters. */
export function abbreviate(text: string, keep = 6): string {
  return text.length <= 2 * keep + 3 ? text : `${text.slice(0, keep)}...${text.slice(-keep)}`
}

export function signatureJson(sig: Signature): Record<string, unknown> {
  const common = {
    keyId: sig.keyId,
    scheme: sig.scheme,
    publicKey: bytesToHex(sig.publicKey),
    signature: bytesToHex(sig.signature),
    signers: sig.signers,
    failedAttempts: sig.failedAttempts,
  }
  if (sig.scheme !== 'ecdsa') return { ...common, message: bytesToHex(sig.message) }
  return {
    ...common,
    digest: bytesToHex(sig.digest),
    r: sig.r.toString(16).padStart(64, '0'),
    s: sig.s.toString(16).padStart(64, '0'),
    recoveryId: sig.recoveryId,
  }
}

/** A key's facts as aligned lines, then `extra` rows. */
export function keyLines(key: KeyInfo, extra: readonly (readonly [string, string])[] = []): string {
  const rows: [string, string][] = [
    ['key', key.keyId],
    ['scheme', key.scheme],
    ['threshold', `${key.threshold} of ${key.parties.length}`],
    ['epoch', String(key.epoch)],
    ['public key', bytesToHex(key.groupPublicKey)],
  ]
  if (key.scheme === 'ecdsa') rows.push(['address', ethereumAddress(key.groupPublicKey)])
  if (key.scheme === 'ecdsa') rows.push(['engine', key.engine ?? 'dkls23'])
  key.parties.forEach((p, i) => rows.push([i === 0 ? 'parties' : '', `${i + 1}  ${p}${memberText(key.members?.[i])}`]))
  return labelled([...rows, ...extra])
}

/** A member's share protection and attestation, for keys made with the exchange. */
function memberText(member: MemberSecurity | undefined): string {
  if (!member) return ''
  return `  share: ${member.protection === 'unknown' ? 'protection unknown' : member.protection}, ${member.attested ? 'attested' : 'not attested'}`
}

/** Aligned "label  value" lines. */
export function labelled(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([l]) => l.length))
  return rows.map(([l, v]) => `${l.padEnd(width)}  ${v}`).join('\n')
}
