/**
 * An error's message with every long run of digits or hex masked, for logs and
 * replies. Protocol aborts never carry secrets, but an unexpected error from inside a
 * computation on secret values might: curve libraries print an out-of-range scalar in
 * full ("… got 1157920892…"). Scalars and keys are at least 16 digits long; ids,
 * indices and lengths in messages are shorter.
 */
export function safeErrorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err)
  return text.replace(/(?:0x)?[0-9a-fA-F]{16,}|\d{16,}/g, '<redacted>')
}
