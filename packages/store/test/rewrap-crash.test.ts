import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { KeyStore, PassphraseProtector, Pkcs11Protector, ProtectorMismatchError, type Protector, type RewrapStep } from '../src/index.js'
import { shareId, shareMeta, shareSecret } from './fixtures/shares.mjs'
import { LOW_KDF, hex, spawnFixture, storePath, waitForLine, withRawDb } from './helpers.js'
import { softToken, type SoftToken } from './softhsm.js'

type Spec = { kind: 'passphrase'; passphrase: string } | { kind: 'pkcs11'; uri: string; pinFile: string }

const OLD_PASS = 'the passphrase before the rewrap'
const SHARES = 5

function protectorOf(spec: Spec): Protector {
  return spec.kind === 'passphrase' ? new PassphraseProtector(spec.passphrase, LOW_KDF) : new Pkcs11Protector({ uri: spec.uri, pin: { file: spec.pinFile } })
}

const tokenSpec = (token: SoftToken): Spec => ({ kind: 'pkcs11', uri: token.uri(), pinFile: token.pinFile })

async function storeUnder(spec: Spec): Promise<string> {
  const path = await storePath()
  const protector = spec.kind === 'pkcs11' ? new Pkcs11Protector({ uri: spec.uri, pin: { file: spec.pinFile }, createKey: true }) : protectorOf(spec)
  const store = await KeyStore.create(path, protector)
  for (let i = 0; i < SHARES; i++) await store.putShare(shareId(i), { meta: shareMeta(i), secret: shareSecret(i) })
  await store.close()
  return path
}

/** Opens with `spec` and returns the store, or the error it failed with. */
async function tryOpen(path: string, spec: Spec): Promise<KeyStore | Error> {
  return KeyStore.open(path, protectorOf(spec)).catch((e: Error) => e)
}

const steps: Array<'opened' | RewrapStep> = ['opened', 'wrapped', 'pending-written', 'verified', 'swapped']

describe('rewrap survives SIGKILL at every step', () => {
  for (const direction of ['passphrase -> pkcs11', 'pkcs11 -> passphrase'] as const) {
    for (const killAt of steps) {
      it(`${direction}, killed after '${killAt}': opens with exactly one protector, nothing lost`, async () => {
        const token = await softToken()
        const pass: Spec = { kind: 'passphrase', passphrase: OLD_PASS }
        const [from, to] = direction === 'passphrase -> pkcs11' ? [pass, tokenSpec(token)] : [tokenSpec(token), { ...pass, passphrase: 'after' }]
        const path = await storeUnder(from)

        const child = spawnFixture('rewrapper.mjs', [path, JSON.stringify(from), JSON.stringify(to), killAt])
        await waitForLine(child, killAt === 'opened' ? /^opened$/ : new RegExp(`^step ${killAt}$`))
        child.kill('SIGKILL')
        const [, signal] = await once(child, 'exit')
        expect(signal).toBe('SIGKILL')

        const pendingLeft = await withRawDb(path, async (db) => (await db.get('header-pending')) !== undefined)
        expect(pendingLeft).toBe(killAt === 'pending-written' || killAt === 'verified')

        const expected = killAt === 'swapped' ? to : from
        const other = killAt === 'swapped' ? from : to
        const refused = await tryOpen(path, other)
        expect(refused).toBeInstanceOf(ProtectorMismatchError)
        const store = await tryOpen(path, expected)
        if (store instanceof Error) throw store
        try {
          expect(store.protection).toBe(expected.kind)
          for (let i = 0; i < SHARES; i++) {
            const share = await store.getShare(shareId(i))
            expect(share.meta).toEqual(shareMeta(i))
            expect(hex(share.secret)).toBe(hex(shareSecret(i)))
          }
        } finally {
          await store.close()
        }
        // Opening dropped a pending wrapping that never became the store's.
        expect(await withRawDb(path, async (db) => (await db.get('header-pending')) !== undefined)).toBe(false)
        expect(await tryOpen(path, other)).toBeInstanceOf(ProtectorMismatchError)
      })
    }
  }
})
