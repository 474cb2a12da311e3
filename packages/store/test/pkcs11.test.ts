import { createRequire } from 'node:module'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type * as Pkcs11js from 'pkcs11js'
import { describe, expect, it } from 'vitest'
import {
  KeyLabelNotFoundError,
  KeyStore,
  PassphraseProtector,
  Pkcs11ModuleError,
  Pkcs11Protector,
  Pkcs11UriError,
  ProtectorMismatchError,
  TokenNotFoundError,
  WrappedKeyInvalidError,
  WrongPinError,
  parsePkcs11Uri,
} from '../src/index.js'
import { dataKeyBinding } from '../src/protector.js'
import { readStoreHeader } from '../src/store-header.js'
import { LOW_KDF, PASS, PASSPHRASE_BLOB_OFFSET, editRaw, expectNothingInClear, hex, randomSecret, storePath, withRawDb } from './helpers.js'
import { SOFTHSM_MODULE, USER_PIN, softToken, type SoftToken } from './softhsm.js'

const pkcs11js = createRequire(import.meta.url)('pkcs11js') as typeof Pkcs11js

const protector = (token: SoftToken, extra: Partial<ConstructorParameters<typeof Pkcs11Protector>[0]> = {}) =>
  new Pkcs11Protector({ uri: token.uri(), pin: { file: token.pinFile }, ...extra })

/** A closed pkcs11 store holding share 'a' and secret 'identity'. */
async function populated(token: SoftToken) {
  const path = await storePath()
  const secrets = { a: randomSecret(), identity: randomSecret() }
  const store = await KeyStore.create(path, protector(token, { createKey: true }))
  await store.putShare('a', { meta: { scheme: 'ecdsa' }, secret: secrets.a })
  await store.putSecret('identity', secrets.identity)
  await store.close()
  return { path, secrets }
}

/** Runs `fn` logged in to the token directly, beside the store. */
function withSession<T>(token: SoftToken, fn: (p11: Pkcs11js.PKCS11, session: Buffer) => T): T {
  const p11 = new pkcs11js.PKCS11()
  p11.load(SOFTHSM_MODULE)
  p11.C_Initialize()
  try {
    const slot = p11.C_GetSlotList(true).find((s) => p11.C_GetTokenInfo(s).label.trimEnd() === token.label)!
    const session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION)
    p11.C_Login(session, pkcs11js.CKU_USER, USER_PIN)
    return fn(p11, session)
  } finally {
    p11.C_Finalize()
    p11.close()
  }
}

function findKeys(p11: Pkcs11js.PKCS11, session: Buffer, label: string): Buffer[] {
  p11.C_FindObjectsInit(session, [{ type: pkcs11js.CKA_LABEL, value: label }])
  const found = p11.C_FindObjects(session, 10)
  p11.C_FindObjectsFinal(session)
  return found
}

describe('pkcs11 protector (SoftHSM2)', () => {
  it('creates a store whose data key a token key wraps; put, get, reopen', async () => {
    const token = await softToken()
    const { path, secrets } = await populated(token)
    const store = await KeyStore.open(path, protector(token))
    expect(store.protection).toBe('pkcs11')
    expect(store.kdf).toBeUndefined()
    expect(hex((await store.getShare('a')).secret)).toBe(hex(secrets.a))
    expect(hex(await store.getSecret('identity'))).toBe(hex(secrets.identity))
    await store.close()
    // Exactly one wrapping key was made on the token, and the PIN can come from the environment.
    withSession(token, (p11, session) => expect(findKeys(p11, session, 'store-key')).toHaveLength(1))
    process.env.THRESH_TEST_PIN = USER_PIN
    await (await KeyStore.open(path, protector(token, { pin: { env: 'THRESH_TEST_PIN' } }))).close()
    delete process.env.THRESH_TEST_PIN
  })

  it('refuses a wrong PIN at open, and the right one still opens', async () => {
    const token = await softToken()
    const { path } = await populated(token)
    process.env.THRESH_TEST_PIN = '999999'
    const err = await KeyStore.open(path, protector(token, { pin: { env: 'THRESH_TEST_PIN' } })).catch((e: unknown) => e)
    delete process.env.THRESH_TEST_PIN
    expect(err).toBeInstanceOf(WrongPinError)
    expect((err as Error).message).toContain('CKR_PIN_INCORRECT')
    expect((err as Error).message).not.toContain('999999')
    await expect(KeyStore.open(path, protector(token, { pin: { env: 'THRESH_TEST_UNSET' } }))).rejects.toThrow(WrongPinError)
    await (await KeyStore.open(path, protector(token))).close()
  })

  it('keeps the wrapping key inside the token: its value cannot be read (CKR_ATTRIBUTE_SENSITIVE)', async () => {
    const token = await softToken()
    await populated(token)
    withSession(token, (p11, session) => {
      const [key] = findKeys(p11, session, 'store-key')
      const attrs = p11.C_GetAttributeValue(session, key!, [{ type: pkcs11js.CKA_SENSITIVE }, { type: pkcs11js.CKA_EXTRACTABLE }])
      expect(attrs.map((a) => (a.value as Buffer)[0])).toEqual([1, 0])
      expect(() => p11.C_GetAttributeValue(session, key!, [{ type: pkcs11js.CKA_VALUE }])).toThrow(/CKR_ATTRIBUTE_SENSITIVE/)
    })
  })

  it('refuses to wrap with an extractable key that has the label', async () => {
    const token = await softToken()
    withSession(token, (p11, session) =>
      p11.C_GenerateKey(session, { mechanism: pkcs11js.CKM_AES_KEY_GEN }, [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
        { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_AES },
        { type: pkcs11js.CKA_LABEL, value: 'store-key' },
        { type: pkcs11js.CKA_VALUE_LEN, value: 32 },
        { type: pkcs11js.CKA_TOKEN, value: true },
        { type: pkcs11js.CKA_SENSITIVE, value: false },
        { type: pkcs11js.CKA_EXTRACTABLE, value: true },
        { type: pkcs11js.CKA_ENCRYPT, value: true },
        { type: pkcs11js.CKA_DECRYPT, value: true },
      ]),
    )
    await expect(KeyStore.create(await storePath(), protector(token, { createKey: true }))).rejects.toThrow('is extractable or not sensitive')
  })

  it('refuses a wrapped key modified on disk (nonce, ciphertext, tag) or bound to another store id', async () => {
    const token = await softToken()
    const { path, secrets } = await populated(token)
    // Header: magic ‖ version ‖ store id (16) ‖ ... ‖ blob (nonce 12 ‖ ciphertext 64 ‖ tag 16) ‖ check (32).
    // The store id is in the token's GCM AAD, so the token itself refuses it.
    for (const at of ['thresh-keystore'.length + 1 + 5, PASSPHRASE_BLOB_OFFSET + 2, PASSPHRASE_BLOB_OFFSET + 12 + 30, PASSPHRASE_BLOB_OFFSET + 12 + 64 + 3]) {
      await editRaw(path, 'header', (h) => void (h[at]! ^= 0x10))
      const err = await KeyStore.open(path, protector(token)).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(WrappedKeyInvalidError)
      expect((err as Error).message).toMatch(`store at ${path}: the token refused the wrapped data key (`)
      await editRaw(path, 'header', (h) => void (h[at]! ^= 0x10))
    }
    const store = await KeyStore.open(path, protector(token))
    expect(hex((await store.getShare('a')).secret)).toBe(hex(secrets.a))
    await store.close()
  })

  it('refuses to open when the token, the key label or the module is missing', async () => {
    const token = await softToken()
    const { path } = await populated(token)
    const other = new Pkcs11Protector({ uri: token.uri().replace(`token=${token.label}`, 'token=absent'), pin: { file: token.pinFile } })
    await expect(KeyStore.open(path, other)).rejects.toThrow(TokenNotFoundError)
    const noKey = new Pkcs11Protector({ uri: token.uri('no-such-key'), pin: { file: token.pinFile } })
    await expect(KeyStore.open(path, noKey)).rejects.toThrow(KeyLabelNotFoundError)
    const noModule = new Pkcs11Protector({ uri: token.uri(), module: '/nonexistent/libpkcs11.so', pin: { file: token.pinFile } })
    await expect(KeyStore.open(path, noModule)).rejects.toThrow(Pkcs11ModuleError)
    // The token unplugged: SoftHSM2 keeps each token in a directory of its own.
    await Promise.all((await readdir(token.tokens)).map((d) => rm(join(token.tokens, d), { recursive: true })))
    await expect(KeyStore.open(path, protector(token))).rejects.toThrow(new TokenNotFoundError(`no token matches ${other.description.replace('absent', token.label)} (token or slot missing)`))
  })

  it('never falls back: a token store refuses a passphrase, a passphrase store refuses a token', async () => {
    const token = await softToken()
    const { path } = await populated(token)
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(new ProtectorMismatchError(path, 'pkcs11', 'passphrase'))
    const other = await storePath()
    await (await KeyStore.create(other, PASS, { kdf: LOW_KDF })).close()
    await expect(KeyStore.open(other, protector(token))).rejects.toThrow(new ProtectorMismatchError(other, 'passphrase', 'pkcs11'))
  })

  it('rewraps passphrase -> pkcs11 -> passphrase with every record intact after each step', async () => {
    const token = await softToken()
    const path = await storePath()
    const secret = randomSecret()
    const first = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    await first.putShare('k', { meta: { n: 1 }, secret })
    await first.rewrap(protector(token, { createKey: true }))
    expect(first.protection).toBe('pkcs11')
    await first.close()
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(ProtectorMismatchError)

    const second = await KeyStore.open(path, protector(token))
    expect(hex((await second.getShare('k')).secret)).toBe(hex(secret))
    await second.rewrap(new PassphraseProtector('back to a passphrase', LOW_KDF))
    await second.close()
    await expect(KeyStore.open(path, protector(token))).rejects.toThrow(ProtectorMismatchError)

    const third = await KeyStore.open(path, 'back to a passphrase')
    expect(third.protection).toBe('passphrase')
    expect(hex((await third.getShare('k')).secret)).toBe(hex(secret))
    expect((await third.listKeys()).map((k) => k.meta)).toEqual([{ n: 1 }])
    await third.close()
  })

  it('leaves no secret byte in clear in the store or the token directory: shares, data key, PIN', async () => {
    const token = await softToken()
    const { path, secrets } = await populated(token)
    await (await KeyStore.open(path, protector(token))).close() // reopening moves the records into a table file
    // The data key itself, unwrapped through the token as open does.
    const header = readStoreHeader(await withRawDb(path, async (db) => (await db.get('header'))!), 'store')
    if (header.version !== 2) throw new Error('expected a version-2 header')
    const dataKey = await protector(token).unwrap(header.blob, dataKeyBinding(2, header.storeId, 'pkcs11'), 'store')
    expect(dataKey).toHaveLength(64)
    await expectNothingInClear([path, token.tokens], [secrets.a, secrets.identity, dataKey, dataKey.subarray(32), Buffer.from(USER_PIN)], Buffer.from('"scheme":"ecdsa"'))
  })
})

describe('PKCS#11 URIs (RFC 7512)', () => {
  it('parses the token, key and query attributes, percent-decoded', () => {
    expect(parsePkcs11Uri('pkcs11:token=My%20Token;slot-id=3;object=k;id=%01%02?module-path=/usr/lib/x.so&pin-source=file:/etc/pin')).toEqual({
      token: 'My Token',
      manufacturer: undefined,
      serial: undefined,
      model: undefined,
      slotId: 3n,
      object: 'k',
      id: Uint8Array.of(1, 2),
      modulePath: '/usr/lib/x.so',
      pinFile: '/etc/pin',
    })
  })

  it('refuses a PIN in the URI, unknown attributes, a missing key label and a non-secret-key type', () => {
    expect(() => parsePkcs11Uri('pkcs11:object=k?pin-value=1234')).toThrow(/pin-value is refused/)
    expect(() => parsePkcs11Uri('pkcs11:object=k;tokn=x')).toThrow(Pkcs11UriError)
    expect(() => parsePkcs11Uri('pkcs11:token=x')).toThrow(/object=<label>/)
    expect(() => parsePkcs11Uri('pkcs11:object=k;type=private')).toThrow(/secret-key/)
    expect(() => parsePkcs11Uri('pkcs11:object=k%2')).toThrow(/percent-encoding/)
    expect(() => parsePkcs11Uri('pkcs11:object=k?pin-source=relative')).toThrow(/absolute/)
  })
})
