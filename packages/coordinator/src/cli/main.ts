import '@thresh/wire/polyfill'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { hashMessage, serializeSignature, numberToHex } from 'viem'
import type { AttestationMode, EcdsaEngine, KeyScheme } from '@thresh/wire'
import { Coordinator } from '../coordinator.js'
import { ConfigError, ThreshError } from '../errors.js'
import { generateIdentity, loadIdentity, peerIdOf, writeIdentityFile } from '../identity.js'
import { keyInfoToJson } from '../key-json.js'
import { nodeFromMultiaddr } from '../node-list.js'
import type { AddressChain } from '../hd.js'
import type { DigestHash, KeyInfo, Scheme, Signature } from '../types.js'
import { readClientConfig, type ClientConfig } from './config.js'
import { addToKeyFile, pinInKeyFile, readKeyFile, readKeyFileEntries } from './key-file.js'
import { auditCommand } from './audit.js'
import { announceCommand, approveCommand, policyCommand, signRequestCommand } from './policy.js'
import { abbreviate, formatTable, keyLines, labelled, signatureJson } from './text.js'

const USAGE = `thresh — the thresh coordinator CLI

Usage: thresh <command> [options]

Commands:
  identity new --out FILE     create a coordinator identity key file; prints its peer id
                              (node operators add that peer id to "coordinators")
  identity show               print the peer id of the configured identity
  keygen --scheme S --threshold T [--parties ID,ID,...] [--key-id ID] [--allow-single-signer]
       [--attestation required|optional|off] [--engine dkls23|cggmp]
                              run distributed key generation (S: ecdsa, frost-ed25519,
                              frost-secp256k1, bip340, or ml-dsa-44: threshold ML-DSA,
                              2 <= T <= parties <= 6); parties default to every node;
                              the new key is added to the keys file; threshold 1 (every
                              party holds the whole key) needs --allow-single-signer;
                              --attestation: the parties check each other's TPM quotes first;
                              --engine (ecdsa): dkls23 (default) or cggmp (CGGMP21:
                              Paillier + ZK proofs, identifiable abort; keygen takes seconds)
  sign --key ID (--message TEXT | --message-hex HEX | --digest HEX)
       [--hash keccak256|sha256 | --eip191] [--signers ID,ID,...] [--strict-signers]
                              sign and verify. Schnorr and ml-dsa-44 keys sign the message
                              as given (ml-dsa-44: FIPS 204, empty context);
                              ECDSA keys sign a 32-byte --digest, or a message hashed
                              with --hash, or an Ethereum personal message (--eip191)
  refresh --key ID            re-randomize every share of a key (same committee, threshold
                              and public key; a new epoch); the keys file is updated
  reshare --key ID --parties ID,ID,... --threshold T [--dealers ID,ID,...]
                              move a key to another committee and/or threshold; old
                              parties left out delete their shares
  repair --key ID --party ID [--replacement ID] [--helpers ID,ID,...]
                              rebuild the share of a party that lost it (or give its
                              index to a new node) without rebuilding the key
  import --scheme S --threshold T (--private-key-file FILE | --tss-lib FILE,FILE,...)
       [--parties ID,...] [--key-id ID] [--encoding seed|scalar]
                              split an existing private key (file: hex or 32 raw bytes;
                              or $THRESH_IMPORT_KEY) or a tss-lib ECDSA key (its keygen
                              save files) into a new key on the nodes, refreshed at once
  keys                        list what the nodes report holding (and which is pinned)
  pin --key ID                confirm a key with every configured node (discovery) and
                              write it into the keys file: for a key made elsewhere, or
                              pinned by a release before key epochs (upgrade)
  pubkey --key ID             a key's public facts
  address --key ID [--path m/0/5] [--chain eth|btc|btc-testnet|sol]
                              the key's address at a non-hardened BIP32 path (default m):
                              eth (ecdsa), btc/btc-testnet (ecdsa: P2WPKH; bip340:
                              BIP86 Taproot), sol (frost-ed25519, no path)
  xpub --key ID [--testnet]   the key's BIP32 extended public key (xpub, or tpub)

Policies (docs/policy.md; every node judges each request by its own copy):
  policy request --key ID --payload-kind K --payload-hex HEX [--path P] [--request-id ID]
       [--expires-at UNIX] --out FILE
                              write the canonical request approvers sign (request file)
  approve --request FILE --approver-key FILE [--cancel] [--out APPROVALS]
                              offline: sign the request file's request (or, --cancel, its
                              cancellation) with an approver key file {type, secretKey};
                              --out appends to a JSON list of approvals
  sign --request FILE [--approvals FILE]
                              sign the request file's payload with its approvals
  announce --request FILE [--cancel --approvals FILE]
                              announce a time-locked request to its key's nodes, or cancel
                              it with a cancel quorum's signatures
  policy get                  each node's policy version and hash
  policy sign --file DOC --approver-key FILE [--out SIGS]
                              offline: an admin's signature over a policy document
  policy diff --file DOC      what DOC changes against each node's policy (and whether the
                              node takes it as loosening)
  policy set --file DOC --signatures SIGS
                              send a new version with the admins' signatures to every node
  policy test --request FILE [--approvals FILE] [--file DOC]
                              dry run: what each node would decide (with DOC instead of its
                              policy when given)

Audit (docs/policy.md, "Audit log"):
  audit compare               fetch every node's audit log, verify it against the node's
                              identity, and check the nodes agree on what was signed
                              (exit code 1 if not)

sign, pubkey, address and xpub use the keys pinned in the keys file. A key that is not
there is used only with --discover, and only if every configured node vouches for it.

Options:
  --config FILE      client config (default: $THRESH_CONFIG, else ./thresh.json)
  --node MULTIADDR   a node as <multiaddr>/p2p/<peer id>; repeatable; replaces the config's nodes
  --identity FILE    coordinator key file; overrides the config's
  --keys FILE        keys file (JSON): keys to pin, and where keygen adds new keys
  --discover         also use keys that are not pinned, once every node vouches for them
  --json             machine-readable output (errors too, with exit code 1)
  -h, --help         this text
`

const OPTIONS = {
  config: { type: 'string' },
  node: { type: 'string', multiple: true },
  identity: { type: 'string' },
  keys: { type: 'string' },
  discover: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  out: { type: 'string' },
  scheme: { type: 'string' },
  threshold: { type: 'string' },
  'allow-single-signer': { type: 'boolean' },
  attestation: { type: 'string' },
  engine: { type: 'string' },
  parties: { type: 'string' },
  'key-id': { type: 'string' },
  key: { type: 'string' },
  message: { type: 'string' },
  'message-hex': { type: 'string' },
  digest: { type: 'string' },
  hash: { type: 'string' },
  eip191: { type: 'boolean' },
  signers: { type: 'string' },
  'strict-signers': { type: 'boolean' },
  dealers: { type: 'string' },
  party: { type: 'string' },
  replacement: { type: 'string' },
  helpers: { type: 'string' },
  'private-key-file': { type: 'string' },
  'tss-lib': { type: 'string' },
  encoding: { type: 'string' },
  path: { type: 'string' },
  chain: { type: 'string' },
  testnet: { type: 'boolean' },
  request: { type: 'string' },
  approvals: { type: 'string' },
  'approver-key': { type: 'string' },
  cancel: { type: 'boolean' },
  file: { type: 'string' },
  signatures: { type: 'string' },
  'payload-kind': { type: 'string' },
  'payload-hex': { type: 'string' },
  'request-id': { type: 'string' },
  'expires-at': { type: 'string' },
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

class UsageError extends Error {}

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
}

const PROCESS_IO: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }

/** Runs one `thresh` command; resolves with the exit code (0 ok, 1 failed, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  let values: Values
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }))
  } catch (err) {
    io.err(`thresh: ${(err as Error).message}\n\n${USAGE}`)
    return 2
  }
  const json = values.json === true
  const [command, sub] = positionals
  if (values.help || command === undefined || command === 'help') {
    io.out(USAGE)
    return values.help || command === 'help' ? 0 : 2
  }
  try {
    const out = await run(command, sub, values)
    io.out(json ? JSON.stringify(out.json, null, 2) + '\n' : out.text + '\n')
    return out.code ?? 0
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`thresh: ${err.message}\n\nRun thresh --help for usage.\n`)
      return 2
    }
    if (json) io.out(JSON.stringify({ error: errorJson(err) }, null, 2) + '\n')
    else io.err(`thresh: ${err instanceof Error ? err.message : String(err)}\n`)
    return 1
  }
}

interface Output {
  readonly text: string
  readonly json: unknown
  /** The exit code when not 0 (a check that found a problem). */
  readonly code?: number
}

async function run(command: string, sub: string | undefined, v: Values): Promise<Output> {
  if (command === 'identity') return identity(sub, v)
  // offline: approver and admin keys never meet the network
  if (command === 'approve') return approveCommand(v)
  if (command === 'policy' && sub === 'sign') return policyCommand(undefined, sub, v)
  const commands: Record<string, (c: Coordinator, v: Values, keysFile: string | undefined) => Promise<Output>> = {
    keygen, sign, keys, pubkey, address, xpub, refresh, reshare, repair, import: importKey, pin,
    announce: announceCommand, policy: (c, values) => policyCommand(c, sub, values), audit: (c) => auditCommand(c, sub),
  }
  const handler = commands[command]
  if (!handler) throw new UsageError(`unknown command "${command}"`)
  const config = await loadConfig(v)
  if (!config.identity) throw new ConfigError('no coordinator identity: pass --identity FILE or set "identity" in the config', 'identity')
  if (!config.nodes || config.nodes.length === 0) throw new ConfigError('no nodes: pass --node or set "nodes" in the config', 'nodes')
  // pin reads the keys file itself (it may hold entries of an older format, which it rewrites)
  const pins = command === 'pin' ? (config.keys ? (await readKeyFileEntries(config.keys)).keys : []) : config.keys ? await readKeyFile(config.keys) : []
  const c = await Coordinator.connect({
    nodes: config.nodes,
    identity: config.identity,
    keys: pins,
    trust: command === 'pin' ? 'discover' : (config.trust ?? 'pinned'),
    ...(config.timeouts ? { timeouts: config.timeouts } : {}),
  })
  try {
    return await handler(c, v, config.keys)
  } finally {
    await c.close()
  }
}

async function loadConfig(v: Values): Promise<ClientConfig> {
  const explicit = v.config ?? process.env.THRESH_CONFIG
  const path = explicit ?? 'thresh.json'
  const fromFile = explicit !== undefined || existsSync(path) ? await readClientConfig(path) : {}
  const nodes = v.node?.map((n, i) => nodeFromMultiaddr(n, `--node[${i}]`))
  return {
    ...fromFile,
    ...(nodes ? { nodes } : {}),
    ...(v.identity ? { identity: v.identity } : {}),
    ...(v.keys ? { keys: v.keys } : {}),
    ...(v.discover ? { trust: 'discover' as const } : {}),
  }
}

async function identity(sub: string | undefined, v: Values): Promise<Output> {
  if (sub === 'new') {
    const out = required(v.out, '--out')
    const { key, peerId } = await generateIdentity()
    await writeIdentityFile(out, key)
    return { text: labelled([['peer id', peerId], ['key file', out]]), json: { peerId, file: out } }
  }
  if (sub === 'show') {
    const path = v.identity ?? (await loadConfig(v)).identity
    if (!path) throw new ConfigError('no identity: pass --identity FILE or set "identity" in the config', 'identity')
    const peerId = peerIdOf(await loadIdentity(path))
    return { text: peerId, json: { peerId, file: path } }
  }
  throw new UsageError('identity takes a subcommand: new or show')
}

async function keygen(c: Coordinator, v: Values, keysFile: string | undefined): Promise<Output> {
  const threshold = Number(required(v.threshold, '--threshold'))
  if (!Number.isInteger(threshold)) throw new UsageError('--threshold must be an integer')
  const key = await c.keygen({
    scheme: required(v.scheme, '--scheme') as KeyScheme, // checked by keygen
    threshold,
    ...(v.parties ? { parties: splitList(v.parties) } : {}),
    ...(v['key-id'] ? { keyId: v['key-id'] } : {}),
    allowSingleSigner: v['allow-single-signer'] === true,
    ...(v.attestation ? { attestation: v.attestation as AttestationMode } : {}), // checked by keygen
    ...(v.engine ? { engine: v.engine as EcdsaEngine } : {}), // checked by keygen
  })
  if (keysFile) await addToKeyFile(keysFile, key)
  const saved = keysFile ? `pinned in ${keysFile}` : 'not saved: pass --keys FILE (or set "keys" in the config) so that later commands pin it'
  return { text: keyLines(key, [['keys file', saved]]), json: { ...keyInfoToJson(key), keysFile: keysFile ?? null } }
}

async function pin(c: Coordinator, v: Values, keysFile: string | undefined): Promise<Output> {
  if (!keysFile) throw new ConfigError('pin writes the keys file: pass --keys FILE or set "keys" in the config', 'keys')
  const keyId = required(v.key, '--key')
  const key = await c.discoverKey(keyId)
  await pinInKeyFile(keysFile, key)
  return { text: keyLines(key, [['keys file', `pinned in ${keysFile} (every configured node vouched for it)`]]), json: { ...keyInfoToJson(key), keysFile } }
}

/** Prints a changed key and writes it over its entry in the keys file. */
async function changed(key: KeyInfo, keysFile: string | undefined, what: string): Promise<Output> {
  if (keysFile) await addToKeyFile(keysFile, key)
  const saved = keysFile ? `updated in ${keysFile}` : 'not saved: pass --keys FILE so that later commands pin the new epoch'
  return { text: keyLines(key, [['change', what], ['keys file', saved]]), json: { ...keyInfoToJson(key), keysFile: keysFile ?? null } }
}

async function refresh(c: Coordinator, v: Values, keysFile: string | undefined): Promise<Output> {
  return changed(await c.refresh(required(v.key, '--key')), keysFile, 'refreshed')
}

async function reshare(c: Coordinator, v: Values, keysFile: string | undefined): Promise<Output> {
  const key = await c.reshare(required(v.key, '--key'), {
    parties: splitList(required(v.parties, '--parties')),
    threshold: integer(v.threshold, '--threshold'),
    ...(v.dealers ? { dealers: splitList(v.dealers) } : {}),
    allowSingleSigner: v['allow-single-signer'] === true,
    ...(v.attestation ? { attestation: v.attestation as AttestationMode } : {}), // checked by keygen
  })
  return changed(key, keysFile, 'reshared')
}

async function repair(c: Coordinator, v: Values, keysFile: string | undefined): Promise<Output> {
  const key = await c.repair(required(v.key, '--key'), {
    party: required(v.party, '--party'),
    ...(v.replacement ? { replacement: v.replacement } : {}),
    ...(v.helpers ? { helpers: splitList(v.helpers) } : {}),
  })
  return changed(key, keysFile, 'repaired')
}

async function importKey(c: Coordinator, v: Values, keysFile: string | undefined): Promise<Output> {
  const common = {
    threshold: integer(v.threshold, '--threshold'),
    ...(v.parties ? { parties: splitList(v.parties) } : {}),
    ...(v['key-id'] ? { keyId: v['key-id'] } : {}),
    allowSingleSigner: v['allow-single-signer'] === true,
  }
  let key: KeyInfo
  if (v['tss-lib'] !== undefined) {
    if (v['private-key-file'] !== undefined) throw new UsageError('import takes --private-key-file or --tss-lib, not both')
    const files = await Promise.all(splitList(v['tss-lib']).map((f) => readFile(f, 'utf8')))
    key = await c.importTssLib({ ...common, files })
  } else {
    const encoding = v.encoding
    if (encoding !== undefined && encoding !== 'seed' && encoding !== 'scalar') throw new UsageError('--encoding must be seed or scalar')
    const privateKey = await privateKeyInput(v['private-key-file'])
    try {
      key = await c.importKey({ ...common, scheme: required(v.scheme, '--scheme') as Scheme, privateKey, ...(encoding ? { encoding } : {}) })
    } finally {
      privateKey.fill(0)
    }
  }
  if (keysFile) await addToKeyFile(keysFile, key)
  const saved = keysFile ? `pinned in ${keysFile}` : 'not saved: pass --keys FILE (or set "keys" in the config) so that later commands pin it'
  return { text: keyLines(key, [['keys file', saved]]), json: { ...keyInfoToJson(key), keysFile: keysFile ?? null } }
}

/** The private key to import: from a file (hex text or 32 raw bytes) or $THRESH_IMPORT_KEY (hex), never from the command line. */
async function privateKeyInput(file: string | undefined): Promise<Uint8Array> {
  const fromEnv = process.env.THRESH_IMPORT_KEY
  if (file === undefined && fromEnv === undefined) throw new UsageError('import needs --private-key-file FILE, $THRESH_IMPORT_KEY, or --tss-lib FILES')
  const raw = file !== undefined ? new Uint8Array(await readFile(file)) : new TextEncoder().encode(fromEnv)
  if (raw.length === 32 && file !== undefined) return raw
  const text = Buffer.from(raw).toString('utf8').trim().replace(/^0x/, '')
  raw.fill(0)
  if (!/^[0-9a-fA-F]{64}$/.test(text)) throw new ConfigError('the private key must be 32 bytes: 64 hex digits or the raw bytes', 'privateKey')
  return hexToBytes(text)
}

function integer(value: string | undefined, flag: string): number {
  const n = Number(required(value, flag))
  if (!Number.isInteger(n)) throw new UsageError(`${flag} must be an integer`)
  return n
}

async function sign(c: Coordinator, v: Values): Promise<Output> {
  if (v.request !== undefined) return signRequestCommand(c, v)
  const keyId = required(v.key, '--key')
  const signers = v.signers ? { signers: splitList(v.signers), strict: v['strict-signers'] === true } : {}
  const inputs = [v.message, v['message-hex'], v.digest].filter((x) => x !== undefined)
  if (inputs.length !== 1) throw new UsageError('sign takes exactly one of --message, --message-hex, --digest')
  const t0 = performance.now()
  let sig: Signature
  let ethereum: string | undefined
  if (v.digest !== undefined || v.eip191) {
    if (v.hash) throw new UsageError('--hash does not go with --digest or --eip191')
    const digest = v.digest !== undefined ? hex(v.digest, '--digest') : hexToBytes(hashMessage({ raw: message(v) }).slice(2))
    const ecdsa = await c.signDigest({ keyId, digest, ...signers })
    if (v.eip191) ethereum = serializeSignature({ r: numberToHex(ecdsa.r, { size: 32 }), s: numberToHex(ecdsa.s, { size: 32 }), yParity: ecdsa.recoveryId })
    sig = ecdsa
  } else {
    const hash = v.hash as DigestHash | undefined // checked by sign
    sig = await c.sign({ keyId, message: message(v), ...(hash ? { hash } : {}), ...signers })
  }
  const ms = Math.round(performance.now() - t0)
  const rows: [string, string][] = [
    ['key', `${sig.keyId} (${sig.scheme})`],
    ['signature', bytesToHex(sig.signature)],
  ]
  if (sig.scheme === 'ecdsa') rows.push(['digest', bytesToHex(sig.digest)], ['recovery id', String(sig.recoveryId)])
  if (ethereum) rows.push(['eth signature', ethereum])
  rows.push(['signers', sig.signers.join(', ')], ['verified', `yes (${ms} ms${retries(sig)})`])
  return { text: labelled(rows), json: { ...signatureJson(sig), ...(ethereum ? { ethereumSignature: ethereum } : {}), verified: true, latencyMs: ms } }
}

/** How many attempts failed before the signature (ml-dsa-44 rejects about half of its attempts honestly). */
function retries(sig: Signature): string {
  const n = sig.failedAttempts.length
  return n === 0 ? '' : `, after ${n} failed attempt${n === 1 ? '' : 's'}`
}

async function keys(c: Coordinator): Promise<Output> {
  const listed = await c.listKeys()
  const rows = listed.map((k) => [
    k.keyId, k.scheme, `${k.threshold}-of-${k.parties.length}`, `${k.holders.length}/${k.parties.length}`, k.pinned ? 'yes' : '', abbreviate(bytesToHex(k.groupPublicKey), 8),
  ])
  const text = listed.length === 0 ? 'no keys' : formatTable(['key', 'scheme', 'threshold', 'holders', 'pinned', 'public key'], rows)
  return { text, json: listed.map((k) => ({ ...keyInfoToJson(k), holders: k.holders, pinned: k.pinned })) }
}

async function pubkey(c: Coordinator, v: Values): Promise<Output> {
  const keyId = required(v.key, '--key')
  const pinned = c.pinnedKeys().some((k) => k.keyId === keyId)
  const key = await c.publicKey(keyId)
  const trust = pinned ? 'pinned' : 'discovered (every node vouches for it)'
  return { text: keyLines(key, [['trust', trust]]), json: { ...keyInfoToJson(key), trust: pinned ? 'pinned' : 'discovered' } }
}

const CHAINS: readonly AddressChain[] = ['eth', 'btc', 'btc-testnet', 'sol']

async function address(c: Coordinator, v: Values): Promise<Output> {
  const keyId = required(v.key, '--key')
  const chain = (v.chain ?? 'eth') as AddressChain
  if (!CHAINS.includes(chain)) throw new UsageError(`--chain must be one of ${CHAINS.join(', ')}`)
  const path = v.path ?? 'm'
  const addr = await c.addressAt(keyId, chain, path)
  return { text: addr, json: { keyId, chain, path, address: addr } }
}

async function xpub(c: Coordinator, v: Values): Promise<Output> {
  const keyId = required(v.key, '--key')
  const text = await c.xpub(keyId, { testnet: v.testnet === true })
  return { text, json: { keyId, xpub: text } }
}

function message(v: Values): Uint8Array {
  if (v['message-hex'] !== undefined) return hex(v['message-hex'], '--message-hex')
  if (v.message !== undefined) return new TextEncoder().encode(v.message)
  throw new UsageError('--eip191 needs --message or --message-hex')
}

function hex(text: string, flag: string): Uint8Array {
  const clean = text.startsWith('0x') ? text.slice(2) : text
  if (!/^([0-9a-fA-F]{2})*$/.test(clean)) throw new UsageError(`${flag} must be hex`)
  return hexToBytes(clean)
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`missing ${flag}`)
  return value
}

function splitList(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '')
}

function errorJson(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) }
  const fields: Record<string, unknown> = { name: err.name, message: err.message }
  if (err instanceof ThreshError) {
    fields.code = err.code
    for (const k of ['culprits', 'silent', 'peers', 'excluded', 'field', 'keyId', 'peerId', 'nodeCode', 'holders', 'dissent', 'accusations', 'committed', 'failures']) {
      const value = (err as unknown as Record<string, unknown>)[k]
      if (value !== undefined) fields[k] = value
    }
    if (err.attempts.length > 0) fields.attempts = err.attempts
  }
  return fields
}

