import { protoCodec, type Codec, type GeneratedMessage } from '../codec.js'
import { WireError } from '../errors.js'
import { bytes, present } from '../fields.js'

/** Field name -> exact byte length, per message type. */
export type Shapes<T extends string> = Readonly<Record<T, Readonly<Record<string, number>>>>

const snake = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/**
 * A codec for a payload whose messages are flat records of fixed-length byte fields
 * (the DKLs23 messages): `arms` maps each message type to its oneof field in the
 * payload message, `shapes` gives every field's exact length. The shapes come from the
 * protocol engine itself, so the decoder and the engine cannot disagree.
 */
export function shapedCodec<M extends { readonly type: string }>(
  name: string,
  type: GeneratedMessage<object>,
  arms: Readonly<Record<M['type'], string>>,
  shapes: Shapes<M['type']>,
): Codec<M> {
  const typeOfArm = new Map(Object.entries(arms).map(([t, arm]) => [arm as string, t as M['type']]))
  return protoCodec<M, object>(
    name,
    type,
    (m) => {
      const shape = shapes[m.type as M['type']]
      const body: Record<string, unknown> = {}
      for (const field of Object.keys(shape)) body[field] = (m as unknown as Record<string, unknown>)[field]
      return { [arms[m.type as M['type']]]: body }
    },
    (p) => {
      const arm = (p as { body?: string }).body
      const t = arm === undefined ? undefined : typeOfArm.get(arm)
      if (arm === undefined || t === undefined) throw new WireError('invalid-field', 'payload has no body', 'body')
      const fields = present((p as Record<string, Record<string, Uint8Array | null | undefined> | undefined>)[arm], arm)
      const out: Record<string, unknown> = { type: t }
      for (const [field, length] of Object.entries(shapes[t])) out[field] = bytes(fields[field], `${arm}.${snake(field)}`, length)
      return out as unknown as M
    },
  )
}
