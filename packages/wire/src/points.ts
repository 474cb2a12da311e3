import { groupOf, type Curve } from '@thresh/crypto'
import { WireError } from './errors.js'
import { bytes } from './fields.js'

/** A fully validated point (length, canonical, on the curve, not identity, in the subgroup), copied. */
export function validPoint(curve: Curve, value: Uint8Array | null | undefined, field: string): Uint8Array {
  const group = groupOf(curve)
  const got = bytes(value, field, group.pointLength)
  try {
    group.decodePoint(got, field)
  } catch (err) {
    throw new WireError('invalid-field', (err as Error).message, field)
  }
  return got
}

/** A canonical scalar (length, below the group order), copied. */
export function validScalar(curve: Curve, value: Uint8Array | null | undefined, field: string, allowZero: boolean): Uint8Array {
  const group = groupOf(curve)
  const got = bytes(value, field, group.scalarLength)
  try {
    group.decodeScalar(got, field, { allowZero })
  } catch (err) {
    throw new WireError('invalid-field', (err as Error).message, field)
  }
  return got
}
