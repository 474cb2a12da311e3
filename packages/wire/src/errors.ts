/** Why a byte string was refused. */
export type WireErrorCode =
  | 'malformed' // not a well-formed protobuf message of the expected type
  | 'non-canonical' // decodes, but is not the one encoding of its value
  | 'invalid-field' // a field is missing, has the wrong length, is out of range or not a valid point/scalar
  | 'oversized' // larger than the configured limit

/**
 * Raised for every input the wire layer refuses. `field` names the offending field
 * (dotted path) when one can be named. The message never quotes the input bytes,
 * so a refused secret share cannot leak through a log line.
 */
export class WireError extends Error {
  readonly code: WireErrorCode
  readonly field: string | undefined

  constructor(code: WireErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'WireError'
    this.code = code
    this.field = field
  }
}
