import { execFile } from 'node:child_process'
import { createPublicKey, type KeyObject } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AttestationError, attestationNonce, verifyTpmQuote, type AttestationBinding, type AttestationReason } from '@thresh/attest'
import type { ProtectorKind } from '@thresh/store'
import type { AttestationEvidence } from '@thresh/wire'
import type { Judgement } from './attestation-session.js'
import type { AttestationConfig, PeerAttestation, QuoteConfig } from './config.js'
import { identityPublicKey } from './identity.js'

/** What each refusal means to an operator reading it. */
const REASONS: Partial<Record<AttestationReason, string>> = {
  'wrong-session': 'stale or replayed (the quote was made for another session)',
  'wrong-identity': 'made for another identity',
  'nonce-mismatch': 'its nonce does not bind this session and its identity',
  'bad-signature': 'not signed by its pinned attestation key',
  'pcr-mismatch': 'unexpected PCR values',
  'pcr-selection-mismatch': 'unexpected PCR selection',
}

interface PeerAllowance {
  readonly attestationKey: KeyObject
  readonly allowed: PeerAttestation['allowed']
}

/**
 * This node's side of the attestation exchange: its own quote (tpm2_quote through
 * tpm2-tools, by the attestation key at a persistent handle) and its judgement of every
 * peer's evidence against the operator's allowlist (packages/attest verifyTpmQuote).
 */
export class Attestor {
  private constructor(
    private readonly quote: (QuoteConfig & { readonly tcti: string }) | undefined,
    private readonly peers: ReadonlyMap<string, PeerAllowance>,
    private readonly protection: ProtectorKind,
  ) {}

  /** Reads the peers' attestation keys; a missing or unreadable key file refuses the start, naming the peer. */
  static async load(config: AttestationConfig, protection: ProtectorKind, defaultTcti: string): Promise<Attestor> {
    const peers = new Map<string, PeerAllowance>()
    for (const [peer, entry] of config.peers) {
      let attestationKey: KeyObject
      try {
        attestationKey = createPublicKey(await readFile(entry.akPublicKeyFile, 'utf8'))
      } catch (err) {
        throw new Error(`config: attestation.peers.${peer}.akPublicKey (${entry.akPublicKeyFile}) is not a readable PEM public key: ${(err as Error).message}`)
      }
      peers.set(peer, { attestationKey, allowed: entry.allowed })
    }
    const quote = config.quote && { ...config.quote, tcti: config.quote.tpmTcti ?? defaultTcti }
    return new Attestor(quote, peers, protection)
  }

  /** Whether this node quotes its state (attestation.quote is configured). */
  get attests(): boolean {
    return this.quote !== undefined
  }

  /** This node's message for the session `binding` names: its protection and, if it attests, a fresh quote. */
  async message(binding: AttestationBinding): Promise<AttestationEvidence> {
    if (!this.quote) return { type: 'attest/evidence', protection: this.protection }
    const { quoted, signature } = await tpmQuote(this.quote, attestationNonce(binding))
    return { type: 'attest/evidence', protection: this.protection, quote: { quoted, signature, binding } }
  }

  /** Judges `peer`'s message of the session `sessionId` against the allowlist. */
  judge(peer: string, sessionId: Uint8Array, message: AttestationEvidence): Judgement {
    if (!message.quote) return { attested: false, missing: `peer ${peer} sent no quote (missing)` }
    const allowance = this.peers.get(peer)
    if (!allowance) return { attested: false, missing: `peer ${peer} has no entry in this node's attestation.peers allowlist` }
    const expected = { sessionId, peerId: peer, identityPublicKey: identityPublicKey(peer) }
    let last: AttestationError | undefined
    for (const state of allowance.allowed) {
      try {
        verifyTpmQuote(message.quote, { attestationKey: allowance.attestationKey, binding: expected, pcrs: state.pcrs })
        return { attested: true }
      } catch (err) {
        if (!(err instanceof AttestationError)) throw err
        last = err
        // only the PCR values differ between allowed states: any other failure is final
        if (err.reason !== 'pcr-mismatch' && err.reason !== 'pcr-selection-mismatch') break
      }
    }
    const allowed = allowance.allowed.map((s) => s.name).join(', ')
    const why = REASONS[last!.reason] ?? last!.reason
    return { refused: `peer ${peer}'s quote is refused: ${why}${last!.reason.startsWith('pcr') ? ` (allowed: ${allowed})` : ''} [${last!.message}]` }
  }
}

/** tpm2_quote over sha256:<pcrs> with qualifying data `nonce`, by the attestation key at its persistent handle. */
async function tpmQuote(quote: QuoteConfig & { readonly tcti: string }, nonce: Uint8Array): Promise<{ quoted: Uint8Array; signature: Uint8Array }> {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-quote-'))
  try {
    const msg = join(dir, 'quote.msg')
    const sig = join(dir, 'quote.sig')
    await new Promise<void>((resolve, reject) => {
      execFile(
        'tpm2_quote',
        ['-Q', '-c', quote.akHandle, '-l', `sha256:${quote.pcrs.join(',')}`, '-q', Buffer.from(nonce).toString('hex'), '-m', msg, '-s', sig, '-g', 'sha256'],
        { env: { ...process.env, TPM2TOOLS_TCTI: quote.tcti }, timeout: 30_000 },
        (err, _stdout, stderr) => (err ? reject(new QuoteError(`this node could not quote its state (tpm2_quote through ${quote.tcti}): ${lastLine(String(stderr)) || err.message}`)) : resolve()),
      )
    })
    return { quoted: new Uint8Array(await readFile(msg)), signature: new Uint8Array(await readFile(sig)) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** This node's TPM did not produce a quote: it takes no part in an attested keygen (no fallback). */
export class QuoteError extends Error {
  override readonly name = 'QuoteError'
}

const lastLine = (text: string): string => text.trim().split('\n').pop()?.slice(0, 200) ?? ''
