import { DerivationError } from './errors.js'

/** First hardened index (BIP32: i >= 2^31). Only indices below it are derivable from a public key. */
export const HARDENED_OFFSET = 0x8000_0000

/**
 * Deepest path thresh derives. BIP44-style wallets use 5 levels; 32 leaves room for any
 * real layout while bounding the work (one HMAC-SHA512 and one point addition a level)
 * a request can ask of every node.
 */
export const MAX_DERIVATION_DEPTH = 32

/**
 * Parses a non-hardened BIP32 path: `"m"`, `"m/0/5"`, or an index array `[0, 5]`.
 * Indices are canonical decimals (no sign, no leading zeros) below 2^31. A hardened
 * index (`0'`, `0h`, `0H`, or a number >= 2^31) is refused with code 'hardened':
 * hardened derivation needs the whole secret key, which no node has.
 */
export function parseDerivationPath(path: string | readonly number[]): number[] {
  const indices = typeof path === 'string' ? parsePathString(path) : checkIndexArray(path)
  if (indices.length > MAX_DERIVATION_DEPTH) {
    throw new DerivationError('too-deep', `derivation path has ${indices.length} levels; at most ${MAX_DERIVATION_DEPTH} are allowed`)
  }
  return indices
}

/** The canonical string of a parsed path, e.g. `m/0/5` (what a session id should bind). */
export function formatDerivationPath(indices: readonly number[]): string {
  return ['m', ...parseDerivationPath(indices).map(String)].join('/')
}

function parsePathString(path: string): number[] {
  // Bounded before splitting: a depth-32 path of 10-digit indices is < 400 characters.
  if (path.length > MAX_DERIVATION_DEPTH * 12 + 1) {
    throw new DerivationError('too-deep', `derivation path is longer than ${MAX_DERIVATION_DEPTH} levels`)
  }
  const parts = path.split('/')
  if (parts[0] !== 'm') throw new DerivationError('bad-path', `derivation path must start with "m", e.g. "m/0/5"`)
  return parts.slice(1).map((part, level) => {
    if (/^\d+['hH]$/.test(part)) {
      throw new DerivationError('hardened', `hardened index ${part} at level ${level + 1}: only non-hardened derivation is possible from a threshold key's public key`)
    }
    if (!/^(0|[1-9]\d{0,9})$/.test(part)) {
      throw new DerivationError('bad-path', `level ${level + 1} of the derivation path is not a decimal index`)
    }
    return checkIndex(Number(part), level)
  })
}

function checkIndexArray(path: readonly number[]): number[] {
  if (!Array.isArray(path)) throw new DerivationError('bad-path', 'derivation path must be a string or an array of indices')
  if (path.length > MAX_DERIVATION_DEPTH) {
    throw new DerivationError('too-deep', `derivation path has ${path.length} levels; at most ${MAX_DERIVATION_DEPTH} are allowed`)
  }
  return path.map((index, level) => {
    if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) {
      throw new DerivationError('bad-path', `level ${level + 1} of the derivation path is not a non-negative integer`)
    }
    return checkIndex(index, level)
  })
}

function checkIndex(index: number, level: number): number {
  if (index >= HARDENED_OFFSET) {
    if (index <= 0xffff_ffff) {
      throw new DerivationError('hardened', `hardened index ${index} at level ${level + 1}: only non-hardened derivation is possible from a threshold key's public key`)
    }
    throw new DerivationError('bad-path', `level ${level + 1} of the derivation path is above 2^32 - 1`)
  }
  return index
}
