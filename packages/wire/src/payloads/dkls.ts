import { DKLS_SETUP_SHAPES, dklsSignShapes, type DklsSetupMessage, type DklsSignMessage } from '@thresh/crypto'
import { thresh } from '../../gen/thresh.js'
import type { Codec } from '../codec.js'
import { MAX_PARTIES } from '../limits.js'
import { shapedCodec } from './shaped.js'
import { checkCount } from './sizes.js'

/** The DklsSetupPayload encoding of DKLs23 key-setup messages. */
export const dklsSetupCodec: Codec<DklsSetupMessage> = shapedCodec<DklsSetupMessage>(
  'DklsSetupPayload',
  thresh.v1.DklsSetupPayload,
  { 'dkls/setup-choose': 'choose', 'dkls/setup-offer': 'offer', 'dkls/setup-extend': 'extend', 'dkls/setup-open': 'open' },
  DKLS_SETUP_SHAPES,
)

/** The DklsSignPayload encoding of DKLs23 signing messages, for a session of `signers` signers. */
export function dklsSignCodec(context: { readonly signers: number }): Codec<DklsSignMessage> {
  return shapedCodec<DklsSignMessage>(
    'DklsSignPayload',
    thresh.v1.DklsSignPayload,
    { 'dkls/sign-commit': 'commit', 'dkls/sign-extend': 'extend', 'dkls/sign-reveal': 'reveal', 'dkls/sign-multiply': 'multiply', 'dkls/sign-share': 'share' },
    dklsSignShapes(checkCount(context.signers, 'signers', 1, MAX_PARTIES)),
  )
}
