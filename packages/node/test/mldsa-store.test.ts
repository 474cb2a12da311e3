// An ML-DSA-44 key share at rest (issue 18): stored through KeyRecords like every share
// (the keystore encrypts it), read back whole, and no byte run of its secret polynomials
// is on disk in clear — in the write-ahead log or, after a reopen, in a table file.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeMlDsaVec, MlDsaKeygenSession, simulate, type MlDsaKeyShare } from '@thresh/crypto'
import { KeyStore } from '@thresh/store'
import { mlDsaKeyShareCodec } from '@thresh/wire'
import { afterAll, describe, expect, it } from 'vitest'
import { KeyRecords } from '../src/key-records.js'
import { mlDsaPublicFacts } from '../src/mldsa-service.js'

const KDF = { N: 2 ** 10, r: 8, p: 1 }
const peers = ['12D3KooWKSGbUTponXBY18wZo1YsD1DbrQ8qWYqebgxv7Yg1T5fR', '12D3KooWNWT8rbbxDD26bgNuNLVazDhoDHh6QDULiTstWHoJsMzV', '12D3KooWDajwF5HYvpZeetGh85ScHoTvWE4jeLJmuFL7UBfkJkmd']
let dir: string
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('ML-DSA key shares at rest', () => {
  it('are read back whole and leave no plaintext share bytes in any keystore file', async () => {
    const run = simulate([1, 2, 3].map((self) => new MlDsaKeygenSession({ keyId: 'pq', threshold: 2, parties: [1, 2, 3], self, requestId: 'store' })))
    const share: MlDsaKeyShare = run.results.get(1)!
    const secrets = [...share.shares.values()].flatMap((s) => [encodeMlDsaVec(s.s1), encodeMlDsaVec(s.s2)])
    dir = await mkdtemp(join(tmpdir(), 'thresh-mldsa-store-'))
    const path = join(dir, 'keystore')
    const store = await KeyStore.create(path, 'pass phrase', { kdf: KDF })
    const keys = await KeyRecords.open(store)
    const nonce = new Uint8Array(32).fill(7)
    const record = { keyId: 'pq', scheme: 'ml-dsa-44' as const, threshold: 2, parties: peers, self: 1, ...mlDsaPublicFacts(share), nonce }
    expect(await keys.addPending(record, share)).toBe(true)
    expect(await keys.commit('pq', share.publicKey, nonce)).toMatchObject({ state: 'active', scheme: 'ml-dsa-44' })
    expect(mlDsaKeyShareCodec.encode(await keys.mlDsaShare('pq'))).toEqual(mlDsaKeyShareCodec.encode(share))
    await store.close()

    const scan = async () => {
      const contents = await Promise.all((await readdir(path)).map((f) => readFile(join(path, f))))
      const found = (needle: Uint8Array) => contents.some((c) => c.indexOf(Buffer.from(needle)) >= 0 || c.indexOf(Buffer.from(needle).toString('hex')) >= 0)
      // the public key is in the record's clear metadata: the scan finds what is there
      expect(found(share.publicKey.subarray(100, 112))).toBe(true)
      for (const secret of secrets) {
        for (const at of [0, 1000, 2000]) expect(found(secret.subarray(at, at + 12))).toBe(false)
      }
    }
    await scan()
    const reopened = await KeyStore.open(path, 'pass phrase')
    const again = await KeyRecords.open(reopened)
    expect(mlDsaKeyShareCodec.encode(await again.mlDsaShare('pq'))).toEqual(mlDsaKeyShareCodec.encode(share))
    await reopened.close()
    expect((await readdir(path)).some((f) => f.endsWith('.ldb'))).toBe(true)
    await scan()
  })
})
