/**
 * A refused import input: `field` names what is wrong ('privateKey', 'share',
 * 'commitment[1]', 'Xi', ...). Messages never contain key bytes or share values.
 */
export class ImportError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`)
    this.name = 'ImportError'
  }
}

/** Runs a validation that throws a plain Error naming `field` (CurveGroup.decodePoint/decodeScalar) and rethrows it as an ImportError. */
export function asImportError<T>(field: string, check: () => T): T {
  try {
    return check()
  } catch (e) {
    if (e instanceof ImportError) throw e
    // decodePoint/decodeScalar messages are "<what>: <reason>" and never carry the input bytes.
    const reason = e instanceof Error ? e.message.replace(/^[^:]*:\s*/, '') : 'invalid'
    throw new ImportError(field, reason)
  }
}
