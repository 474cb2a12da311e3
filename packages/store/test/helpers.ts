import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Level } from 'level'
import { afterEach, expect } from 'vitest'
import type { KdfParams } from '../src/index.js'

/** Cheap scrypt for tests; one test exercises the defaults. */
export const LOW_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 }
export const PASS = 'correct horse battery staple'
/** Where a version-2 header's protector blob starts: magic ‖ version ‖ store id (16) ‖ protector ‖ u32 length. */
export const PASSPHRASE_BLOB_OFFSET = 'thresh-keystore'.length + 1 + 16 + 1 + 4

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

/** A fresh directory removed after the test; the store goes in `<dir>/store`. */
export async function storePath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-store-test-'))
  dirs.push(dir)
  return join(dir, 'store')
}

export const randomSecret = (n = 32): Uint8Array => new Uint8Array(randomBytes(n))

export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

/** Opens the LevelDB underneath a (closed) store directly, bypassing the keystore. */
export async function withRawDb<T>(path: string, fn: (db: Level<string, Uint8Array>) => Promise<T>): Promise<T> {
  const db = new Level<string, Uint8Array>(path, { keyEncoding: 'utf8', valueEncoding: 'view', createIfMissing: false })
  await db.open()
  try {
    return await fn(db)
  } finally {
    await db.close()
  }
}

/** Rewrites one raw record value through `edit` (which gets a copy). */
export async function editRaw(path: string, key: string, edit: (value: Uint8Array) => Uint8Array | void): Promise<void> {
  await withRawDb(path, async (db) => {
    const value = await db.get(key)
    if (value === undefined) throw new Error(`no raw record ${key}`)
    const copy = Uint8Array.from(value)
    await db.put(key, edit(copy) ?? copy)
  })
}

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

/** Runs a fixture script in a child node process that can load the TypeScript sources. */
export function spawnFixture(name: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', fixture('register-ts.mjs'), fixture(name), ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
}

/** Resolves with the first stdout line of `child` matching `pattern`; rejects if it exits first. */
export function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = ''
    let stderr = ''
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8')
      const line = buffered.split('\n').find((l) => pattern.test(l))
      if (line !== undefined) {
        child.stdout!.off('data', onData)
        child.off('exit', onExit)
        resolve(line)
      }
    }
    const onExit = (code: number | null): void => reject(new Error(`child exited (${code}) before printing ${pattern}: ${stderr}`))
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    child.on('exit', onExit)
  })
}

/** Every file under `dirs`, recursively. */
async function filesUnder(dir: string): Promise<Buffer[]> {
  const out: Buffer[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name)
    if (entry.isDirectory()) out.push(...(await filesUnder(full)))
    else if (entry.isFile()) out.push(await readFile(full))
  }
  return out
}

/**
 * Asserts that no file under `dirs` holds any of `secrets` (whole, or its first 12
 * bytes), as raw bytes or hex. `visible`, when given, is a value stored in clear that
 * the scan must find, so a miss means something.
 */
export async function expectNothingInClear(dirs: string[], secrets: Uint8Array[], visible?: Uint8Array): Promise<void> {
  const contents = (await Promise.all(dirs.map(filesUnder))).flat()
  expect(contents.length).toBeGreaterThan(0)
  const found = (needle: Uint8Array) => contents.some((c) => c.indexOf(Buffer.from(needle)) >= 0 || c.indexOf(hex(needle)) >= 0)
  if (visible) expect(found(visible)).toBe(true)
  for (const secret of secrets) {
    expect(found(secret)).toBe(false)
    expect(found(secret.subarray(0, 12))).toBe(false)
  }
}
