// The `policy` section of the node config (docs/policy.md, "Running it in a node"). Set by
// the node's operator only: the admins who may change the policy never come from a request.
import { resolve } from 'node:path'
import { validateQuorum, type Quorum } from '@thresh/policy'
import { ConfigError } from '../config.js'

export interface PolicyConfig {
  /** The policy document (JSON) the operator installs; a newer version accepted by the admins replaces it. */
  readonly file: string | undefined
  /** Who may sign a new policy version: a quorum of approver keys. */
  readonly admins: Quorum
  /** Deployment name policy documents must carry (binds admin signatures to this deployment). */
  readonly scope: string | undefined
  /** A loosening change is accepted only this long after this node first saw it. */
  readonly looseningDelaySec: number
}

const FIELDS = ['file', 'admins', 'scope', 'looseningDelaySec']

/** Absent section: no policy (the node signs what its coordinators ask, and warns at start). */
export function parsePolicyConfig(value: unknown, baseDir: string): PolicyConfig | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError('policy', 'must be an object')
  const p = value as Record<string, unknown>
  const extra = Object.keys(p).filter((k) => !FIELDS.includes(k))
  if (extra.length > 0) throw new ConfigError(`policy.${extra[0]}`, `is not a known field (allowed: ${FIELDS.join(', ')})`)
  if (p.file !== undefined && (typeof p.file !== 'string' || p.file === '')) throw new ConfigError('policy.file', 'must be a path')
  if (p.scope !== undefined && (typeof p.scope !== 'string' || p.scope === '')) throw new ConfigError('policy.scope', 'must be a non-empty string')
  const delay = p.looseningDelaySec ?? 0
  if (!Number.isSafeInteger(delay) || (delay as number) < 0) throw new ConfigError('policy.looseningDelaySec', 'must be a whole number of seconds')
  try {
    validateQuorum(p.admins as Quorum, 'admins')
  } catch (err) {
    throw new ConfigError('policy.admins', `is not a quorum of approver keys: ${(err as Error).message}`)
  }
  return {
    file: p.file === undefined ? undefined : resolve(baseDir, p.file as string),
    admins: structuredClone(p.admins as Quorum),
    scope: p.scope as string | undefined,
    looseningDelaySec: delay as number,
  }
}
