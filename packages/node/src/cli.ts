#!/usr/bin/env node
import '@thresh/wire/polyfill'
import { mkdir, open } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { KeyStore, StoreLockedError } from '@thresh/store'
import { safeErrorMessage } from '@thresh/crypto'
import { ConfigError, ENV_OVERRIDES, loadConfig, type NodeConfig } from './config.js'
import { createIdentity, loadIdentity } from './identity.js'
import { KeyRecords } from './key-records.js'
import { keystorePath, ThreshNode } from './node.js'

const USAGE = `thresh-node: a thresh signer node

Usage:
  thresh-node init  --data DIR [--passphrase-file FILE] [--json]
      Creates DIR with a new keystore and node identity; prints the peer id.
  thresh-node start --config FILE [--passphrase-file FILE]
      Runs the node until SIGINT/SIGTERM. Logs are JSON lines on stdout.
  thresh-node info  (--config FILE | --data DIR) [--passphrase-file FILE] [--json]
      Prints the peer id, addresses and keys of a stopped node.

The keystore passphrase comes from --passphrase-file, else THRESH_PASSPHRASE_FILE, else
the config's passphraseFile, else the THRESH_PASSPHRASE environment variable; never from
a command-line argument.
Config environment overrides: ${Object.keys(ENV_OVERRIDES).join(', ')}.
Config schema: packages/node/README.md.`

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      data: { type: 'string' },
      config: { type: 'string' },
      'passphrase-file': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const command = positionals[0]
  if (values.help || command === undefined) {
    process.stdout.write(USAGE + '\n')
    return command === undefined && !values.help ? 2 : 0
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`)
  switch (command) {
    case 'init':
      return init(required(values.data, '--data'), values['passphrase-file'], values.json)
    case 'start':
      return start(await loadConfig(required(values.config, '--config')), values['passphrase-file'])
    case 'info':
      return info(values, values.json)
    default:
      throw new UsageError(`unknown command ${command}`)
  }
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`${flag} is required`)
  return value
}

async function passphrase(file: string | undefined, config?: NodeConfig): Promise<string> {
  // A loaded config already holds THRESH_PASSPHRASE_FILE as its override; init has no config.
  const path = file ?? config?.passphraseFile ?? (process.env.THRESH_PASSPHRASE_FILE || undefined)
  if (path !== undefined) {
    const phrase = (await readPrivateFile(resolve(path), 'passphrase file')).replace(/\r?\n$/, '')
    if (phrase.length === 0) throw new UsageError(`passphrase file ${path} is empty`)
    return phrase
  }
  const env = process.env.THRESH_PASSPHRASE
  if (env === undefined || env.length === 0) throw new UsageError('no passphrase: pass --passphrase-file, or set THRESH_PASSPHRASE_FILE or THRESH_PASSPHRASE')
  return env
}

/** Reads a secret file, refusing one that group or others may access (as ssh does with keys). */
async function readPrivateFile(path: string, what: string): Promise<string> {
  const file = await open(path, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${what} ${path}: ${err.code ?? err.message}`)
  })
  try {
    // the mode of the file opened, not of whatever the path names a moment later
    const { mode } = await file.stat()
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new UsageError(`${what} ${path} is accessible by other users (mode ${(mode & 0o777).toString(8)}): run chmod 600 ${path}`)
    }
    return await file.readFile('utf8')
  } finally {
    await file.close()
  }
}

async function init(dataDir: string, passphraseFile: string | undefined, json: boolean): Promise<number> {
  const dir = resolve(dataDir)
  const phrase = await passphrase(passphraseFile)
  await mkdir(dir, { recursive: true })
  const store = await KeyStore.create(keystorePath(dir), phrase)
  try {
    const identity = await createIdentity(store)
    print(json, { peerId: identity.peerId, dataDir: dir }, `created node ${identity.peerId} in ${dir}`)
  } finally {
    await store.close()
  }
  return 0
}

async function start(config: NodeConfig, passphraseFile: string | undefined): Promise<number> {
  const node = await ThreshNode.start(config, await passphrase(passphraseFile, config))
  await new Promise<void>((done) => {
    const stop = (signal: string): void => {
      node.log.info({ signal }, 'signal received')
      node.stop().then(done, (err: unknown) => {
        node.log.error({ err: safeErrorMessage(err) }, 'stop failed')
        done()
      })
    }
    process.once('SIGINT', () => stop('SIGINT'))
    process.once('SIGTERM', () => stop('SIGTERM'))
  })
  return 0
}

async function info(values: { data?: string | undefined; config?: string | undefined; 'passphrase-file'?: string | undefined }, json: boolean): Promise<number> {
  const config = values.config === undefined ? undefined : await loadConfig(values.config)
  const dataDir = values.data === undefined ? config?.dataDir : resolve(values.data)
  if (dataDir === undefined) throw new UsageError('--config or --data is required')
  let store: KeyStore
  try {
    store = await KeyStore.open(keystorePath(dataDir), await passphrase(values['passphrase-file'], config))
  } catch (err) {
    if (err instanceof StoreLockedError) {
      throw new UsageError(`the keystore in ${dataDir} is in use by a running node: stop it first (or query its /healthz)`)
    }
    throw err
  }
  try {
    const identity = await loadIdentity(store)
    const keys = (await KeyRecords.open(store)).list().map((k) => ({
      keyId: k.keyId,
      scheme: k.scheme,
      threshold: k.threshold,
      parties: k.parties.length,
      groupPublicKey: Buffer.from(k.groupPublicKey).toString('hex'),
    }))
    const out = { peerId: identity.peerId, dataDir, listen: config?.listen ?? [], keys }
    const text = [
      `peer id: ${out.peerId}`,
      `data:    ${dataDir}`,
      ...(config ? [`listen:  ${config.listen.join(', ')}`] : []),
      `keys:    ${keys.length}`,
      ...keys.map((k) => `  ${k.keyId}  ${k.scheme}  ${k.threshold}-of-${k.parties}  ${k.groupPublicKey}`),
    ].join('\n')
    print(json, out, text)
  } finally {
    await store.close()
  }
  return 0
}

function print(json: boolean, value: unknown, text: string): void {
  process.stdout.write((json ? JSON.stringify(value) : text) + '\n')
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`thresh-node: ${safeErrorMessage(err)}\n`)
    if (process.env.THRESH_DEBUG && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n')
    process.exitCode = err instanceof UsageError || err instanceof ConfigError ? 2 : 1
    // A failed start stops what it started, so the process ends on its own; should
    // anything still hold the event loop, exit anyway rather than linger half-started.
    setTimeout(() => process.exit(), 2_000).unref()
  },
)
