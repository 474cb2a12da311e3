import { once } from 'node:events'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KeyStore, StoreLockedError } from '../src/index.js'
import { noteSecret, secretName, shareId, shareMeta, shareSecret } from './fixtures/shares.mjs'
import { LOW_KDF, PASS, hex, randomSecret, spawnFixture, storePath, waitForLine } from './helpers.js'

describe('store lock', () => {
  it('refuses a second open in the same process with a clear error', async () => {
    const path = await storePath()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(new StoreLockedError(path).message)
    await store.close()
    await (await KeyStore.open(path, PASS)).close()
  })

  it('refuses an open while another process holds the store, and recovers once it dies', async () => {
    const path = await storePath()
    await (await KeyStore.create(path, PASS, { kdf: LOW_KDF })).close()
    const holder = spawnFixture('holder.mjs', [path, PASS])
    try {
      await waitForLine(holder, /^open$/)
      const err = await KeyStore.open(path, PASS).then(() => undefined, (e: unknown) => e)
      expect(err).toBeInstanceOf(StoreLockedError)
      expect((err as Error).message).toBe(`store at ${path} is in use by another process (or already open in this one)`)
    } finally {
      holder.kill('SIGKILL')
      await once(holder, 'exit')
    }
    await (await KeyStore.open(path, PASS)).close()
  })
})

describe('durability', () => {
  it('keeps every acknowledged write when the writer is killed with SIGKILL', async () => {
    const path = await storePath()
    await (await KeyStore.create(path, PASS, { kdf: LOW_KDF })).close()
    const writer = spawnFixture('writer.mjs', [path, PASS])
    const acked: number[] = []
    let pending = ''
    writer.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8')
      const lines = pending.split('\n')
      pending = lines.pop()!
      for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)))
    })
    await waitForLine(writer, /^ack 40$/)
    // Kill at a random moment in the write loop, not right after an acknowledgement.
    await new Promise((r) => setTimeout(r, Math.random() * 50))
    writer.kill('SIGKILL')
    const [, signal] = await once(writer, 'exit')
    expect(signal).toBe('SIGKILL')

    expect(acked.length).toBeGreaterThan(40)
    expect(acked).toEqual(acked.map((_, i) => i))
    const store = await KeyStore.open(path, PASS)
    for (const i of acked) {
      const share = await store.getShare(shareId(i))
      expect(share.meta).toEqual(shareMeta(i))
      expect(hex(share.secret)).toBe(hex(shareSecret(i)))
      if (i % 2 === 1) expect(hex(await store.getSecret(secretName(i)))).toBe(hex(noteSecret(i)))
    }
    // The write in flight at the kill is all there or absent; a batch never lands half.
    const keys = (await store.listKeys()).map((k) => k.keyId)
    expect(keys.length - acked.length).toBeLessThanOrEqual(1)
    const next = acked.length
    if (keys.length > acked.length) {
      expect(hex((await store.getShare(shareId(next))).secret)).toBe(hex(shareSecret(next)))
      if (next % 2 === 1) expect(hex(await store.getSecret(secretName(next)))).toBe(hex(noteSecret(next)))
    } else {
      expect(await store.hasSecret(secretName(next))).toBe(false)
    }
    await store.close()
  })
})

describe('at rest', () => {
  it('leaves no plaintext secret bytes in any file of the LevelDB directory', async () => {
    const path = await storePath()
    const secrets = Array.from({ length: 8 }, () => randomSecret())
    const identity = randomSecret()
    // Stored in clear, once: table files are snappy-compressed, and a repeated or
    // self-similar string could be stored as back-references instead of bytes.
    const marker = `clear${hex(randomSecret(12))}`
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    for (const [i, secret] of secrets.entries()) await store.putShare(`k${i}`, { meta: i === 0 ? { tag: marker } : {}, secret })
    await store.putSecret('identity', identity)
    await store.rotatePassphrase('second passphrase')
    await store.close()

    const scan = async () => {
      const contents = await Promise.all((await readdir(path)).map((f) => readFile(join(path, f))))
      const found = (needle: Uint8Array) => contents.some((c) => c.indexOf(Buffer.from(needle)) >= 0 || c.indexOf(hex(needle)) >= 0)
      // The scan does find what is stored in clear, so a miss below means something.
      expect(found(Buffer.from(marker))).toBe(true)
      for (const secret of [...secrets, identity]) {
        expect(found(secret)).toBe(false)
        expect(found(secret.subarray(0, 12))).toBe(false)
      }
    }
    await scan() // records in the write-ahead log
    await (await KeyStore.open(path, 'second passphrase')).close() // reopening moves them into a table file
    expect((await readdir(path)).some((f) => f.endsWith('.ldb'))).toBe(true)
    await scan()
  })
})
