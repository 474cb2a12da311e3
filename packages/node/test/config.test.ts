import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_INBOUND, DEFAULT_SESSIONS, loadConfig, parseConfig } from '../src/config.js'

const A = '12D3KooWNyThgEH8uQwwTUdFvq5sHFpiJVJCtBz387Cy8fAhXeEZ'
const B = '12D3KooWJpvkTc9WzGxgaGpZNvVpVRy2optMvgY1qEtZyLMz4KVM'
const C = '12D3KooWLMCvb3SPJdY9V9pY68PjqJvLkWorLcRJZdsF7ApwoU4R'

const base = {
  dataDir: 'data',
  listen: ['/ip4/0.0.0.0/tcp/7001'],
  peers: [{ id: A, addrs: ['/ip4/10.0.0.2/tcp/7001'] }, { id: B, addrs: ['/dns4/node-b/tcp/7001'] }],
  coordinators: [C],
}

function refusal(json: unknown, env: NodeJS.ProcessEnv = {}): ConfigError {
  try {
    parseConfig(json, { baseDir: '/etc/thresh', env })
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return err as ConfigError
  }
  throw new Error('config was accepted')
}

describe('node config', () => {
  it('fills in defaults and resolves paths against the config file', () => {
    const c = parseConfig({ ...base, passphraseFile: 'pass.txt' }, { baseDir: '/etc/thresh' })
    expect(c).toMatchObject({
      dataDir: '/etc/thresh/data',
      passphraseFile: '/etc/thresh/pass.txt',
      httpListen: null,
      sessions: DEFAULT_SESSIONS,
      inbound: DEFAULT_INBOUND,
      maxFrameBytes: 4 * 1024 * 1024,
      logLevel: 'info',
      coordinators: [C],
      minThreshold: 2,
      pendingTtlSec: 3600,
    })
    expect(c.peers.map((p) => p.id)).toEqual([A, B])
    // libp2p's per-address rate; handshakes cut short; an early-message room per peer of 3 rounds × 2 slots
    expect(DEFAULT_INBOUND).toEqual({ allowFrom: null, connectionsPerSecond: 5, maxPending: 256, upgradeTimeoutMs: 3000 })
    expect(DEFAULT_SESSIONS.earlyMessagesPerPeer).toBe(6)
  })

  it('takes the protector section, paths resolved against the config file', () => {
    const c = parseConfig({ ...base, protect: { pkcs11Uri: 'pkcs11:token=t;object=k', pinFile: 'pin', tpmPcrs: [7, 16] } }, { baseDir: '/etc/thresh' })
    expect(c.protect).toEqual({ pkcs11Uri: 'pkcs11:token=t;object=k', pinFile: '/etc/thresh/pin', tpmTcti: undefined, tpmPcrs: [7, 16] })
  })

  it('takes inbound limits and an address allow-list', () => {
    const inbound = { allowFrom: ['203.0.113.7', '10.0.0.0/8', '2001:db8::/32'], connectionsPerSecond: 50, maxPending: 64, upgradeTimeoutMs: 2000 }
    expect(parseConfig({ ...base, inbound }, { baseDir: '/' }).inbound).toEqual(inbound)
    expect(parseConfig({ ...base, inbound: { allowFrom: [] } }, { baseDir: '/' }).inbound.allowFrom).toEqual([])
    expect(parseConfig({ ...base, inbound: { allowFrom: null } }, { baseDir: '/' }).inbound.allowFrom).toBeNull()
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['missing dataDir', { dataDir: undefined }, 'dataDir'],
    ['minThreshold 0', { minThreshold: 0 }, 'minThreshold'],
    ['pending TTL under a minute', { pendingTtlSec: 59 }, 'pendingTtlSec'],
    ['unknown protect field', { protect: { pin: '1234' } }, 'protect.pin'],
    ['PCR out of range', { protect: { tpmPcrs: [16, 24] } }, 'protect.tpmPcrs[1]'],
    ['request window too short', { sessions: { requestMaxAgeSec: 5 } }, 'sessions.requestMaxAgeSec'],
    ['listen not a multiaddr', { listen: ['tcp://1.2.3.4:5'] }, 'listen[0]'],
    ['empty listen', { listen: [] }, 'listen'],
    ['bad peer id', { peers: [{ id: 'nope', addrs: ['/ip4/1.2.3.4/tcp/1'] }] }, 'peers[0].id'],
    ['secp256k1 peer id', { peers: [{ id: '16Uiu2HAmEZ5AJZahkWNyDwo6DrRCYfqehtDRoHd4w2whxAJRWfem', addrs: ['/ip4/1.2.3.4/tcp/1'] }] }, 'peers[0].id'],
    ['peer without addrs', { peers: [{ id: A, addrs: [] }] }, 'peers[0].addrs'],
    ['bad peer addr', { peers: [{ id: A, addrs: ['/ip4/1.2.3.4/tcp/1'] }, { id: B, addrs: ['/nonsense'] }] }, 'peers[1].addrs[0]'],
    ['unknown peer field', { peers: [{ id: A, addrs: ['/ip4/1.2.3.4/tcp/1'], key: 'x' }] }, 'peers[0].key'],
    ['duplicate peer', { peers: [{ id: A, addrs: ['/ip4/1.2.3.4/tcp/1'] }, { id: A, addrs: ['/ip4/1.2.3.5/tcp/1'] }] }, 'peers'],
    ['coordinators not a list', { coordinators: C }, 'coordinators'],
    ['bad coordinator', { coordinators: [C, 'x'] }, 'coordinators[1]'],
    ['typo at the top level', { listenAddrs: [] }, 'listenAddrs'],
    ['round timeout too small', { sessions: { roundTimeoutMs: 5 } }, 'sessions.roundTimeoutMs'],
    ['round timeout not an integer', { sessions: { roundTimeoutMs: '1000' } }, 'sessions.roundTimeoutMs'],
    ['unknown session field', { sessions: { roundTimeout: 1000 } }, 'sessions.roundTimeout'],
    ['the old per-session early limit', { sessions: { earlyMessagesPerSession: 256 } }, 'sessions.earlyMessagesPerSession'],
    ['early messages per peer below one round', { sessions: { earlyMessagesPerPeer: 1 } }, 'sessions.earlyMessagesPerPeer'],
    ['allow-list entry not an address', { inbound: { allowFrom: ['10.0.0.0/8', 'node-b.example.org'] } }, 'inbound.allowFrom[1]'],
    ['allow-list prefix too long', { inbound: { allowFrom: ['10.0.0.0/40'] } }, 'inbound.allowFrom[0]'],
    ['allow-list not a list', { inbound: { allowFrom: '10.0.0.0/8' } }, 'inbound.allowFrom'],
    ['connection rate zero', { inbound: { connectionsPerSecond: 0 } }, 'inbound.connectionsPerSecond'],
    ['upgrade timeout too short', { inbound: { upgradeTimeoutMs: 100 } }, 'inbound.upgradeTimeoutMs'],
    ['unknown inbound field', { inbound: { allow: [] } }, 'inbound.allow'],
    ['frame limit too small', { maxFrameBytes: 10 }, 'maxFrameBytes'],
    ['http without port', { http: { listen: 'localhost' } }, 'http.listen'],
    ['backoff max below min', { reconnect: { minDelayMs: 1000, maxDelayMs: 500 } }, 'reconnect.maxDelayMs'],
    ['unknown log level', { logLevel: 'loud' }, 'logLevel'],
  ])('names the field at fault: %s', (_, change, field) => {
    const err = refusal({ ...base, ...change })
    expect(err.field).toBe(field)
    expect(err.message).toContain(field)
  })

  it('takes environment overrides, and names a bad one', () => {
    const env = {
      THRESH_DATA_DIR: '/var/lib/thresh',
      THRESH_LISTEN: '/ip4/127.0.0.1/tcp/9000, /ip4/127.0.0.1/tcp/9001',
      THRESH_HTTP_LISTEN: '127.0.0.1:9464',
      THRESH_LOG_LEVEL: 'debug',
      THRESH_ROUND_TIMEOUT_MS: '2500',
      THRESH_MAX_FRAME_BYTES: '65536',
    }
    const c = parseConfig({ ...base, http: { listen: '0.0.0.0:1' } }, { baseDir: '/etc/thresh', env })
    expect(c).toMatchObject({
      dataDir: '/var/lib/thresh',
      listen: ['/ip4/127.0.0.1/tcp/9000', '/ip4/127.0.0.1/tcp/9001'],
      httpListen: '127.0.0.1:9464',
      logLevel: 'debug',
      maxFrameBytes: 65536,
    })
    expect(c.sessions.roundTimeoutMs).toBe(2500)
    expect(parseConfig({ ...base, http: { listen: '0.0.0.0:1' } }, { baseDir: '/', env: { THRESH_HTTP_LISTEN: 'off' } }).httpListen).toBeNull()
    expect(refusal(base, { THRESH_ROUND_TIMEOUT_MS: 'soon' }).field).toBe('THRESH_ROUND_TIMEOUT_MS')
    expect(refusal(base, { THRESH_LISTEN: 'nope' }).field).toBe('THRESH_LISTEN[0]')
    expect(refusal(base, { THRESH_LOG_LEVEL: 'x' }).field).toBe('THRESH_LOG_LEVEL')
  })

  it('reports a file that is missing or not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thresh-config-'))
    await expect(loadConfig(join(dir, 'none.json'))).rejects.toThrow(/cannot be read: ENOENT/)
    await writeFile(join(dir, 'bad.json'), '{ "dataDir": ')
    await expect(loadConfig(join(dir, 'bad.json'))).rejects.toThrow(/is not JSON/)
    await writeFile(join(dir, 'good.json'), JSON.stringify(base))
    expect((await loadConfig(join(dir, 'good.json'), {})).dataDir).toBe(join(dir, 'data'))
  })
})
