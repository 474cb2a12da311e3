/**
 * Fault injection for the crash tests (the key-lifecycle fault suite): the environment
 * variable THRESH_FAILPOINT names one point, and the process kills itself with SIGKILL
 * when it reaches it, as a power cut would — no cleanup, no flush. Points:
 *   session:<kind>:<round>  before sending its messages of that round (kind as in
 *                           metrics: dkg, reshare, repair, dkls-setup, ...)
 *   lifecycle:stored        after a new epoch is stored pending, before answering
 *   commit:before           on a commit request, before anything is written
 *   commit:after            after a commit is written, before answering
 *   mldsa:tamper-transcript (does not kill) an ML-DSA signer flips one bit of the
 *                           transcript it reports to the coordinator, whose Combine
 *                           must then name it (packages/node src/mldsa-service.ts)
 *   frost:tamper-share      (does not kill) a FROST signer flips one bit of the share z_i
 *                           it answers an online (presigned) request with, which the
 *                           coordinator must then name (src/frost-presign-service.ts)
 *   cggmp:tamper-sigma      (does not kill) a CGGMP signer sends σ_i + 1; the sign session's
 *                           identification round must name it (src/cggmp-protocols.ts)
 * Never set in production; a node started with it says so in its log and /healthz.
 */
const armed = process.env.THRESH_FAILPOINT || undefined

/** The armed failpoint, if any (for the start-up warning). */
export function armedFailpoint(): string | undefined {
  return armed
}

export function failpoint(name: string): void {
  if (armed === name) process.kill(process.pid, 'SIGKILL')
}
