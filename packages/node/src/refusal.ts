import type { RpcAccusation, RpcErrorCode } from '@thresh/wire'

/** A request this node will not serve, with the error code the caller gets. */
export class Refusal extends Error {
  constructor(
    readonly code: RpcErrorCode,
    message: string,
    readonly culprits: readonly string[] = [],
    readonly accusations: readonly RpcAccusation[] = [],
  ) {
    super(message)
  }
}

/** What the session ids of a request bind besides its contents: its nonce and issue time. */
export function requestIdOf(request: { readonly nonce: Uint8Array; readonly issuedAt: number }): string {
  return `${Buffer.from(request.nonce).toString('hex')}@${request.issuedAt}`
}
