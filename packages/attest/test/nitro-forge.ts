import { execFileSync } from 'node:child_process'
import { createPrivateKey, sign, type KeyObject } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encode } from 'cbor2'

/** A P-384 CA and leaf made with the openssl CLI: a chain that is not AWS's. */
export interface ForgedChain {
  readonly rootDer: Uint8Array
  /** Between root and leaf, when made with `nonCaIntermediate`: a certificate that is not a CA. */
  readonly intermediates: readonly Uint8Array[]
  readonly leafDer: Uint8Array
  readonly leafKey: KeyObject
}

export async function forgeChain(options: { nonCaIntermediate?: boolean } = {}): Promise<ForgedChain> {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-nitro-forge-'))
  const ossl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' })
  try {
    await writeFile(join(dir, 'leaf.ext'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n')
    ossl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp384r1', '-nodes', '-subj', '/CN=forged-root', '-days', '2', '-keyout', 'root.key', '-out', 'root.pem', '-addext', 'basicConstraints=critical,CA:TRUE'])
    ossl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp384r1', '-nodes', '-subj', '/CN=forged-enclave', '-keyout', 'leaf.key', '-out', 'leaf.csr'])
    let issuer = 'root'
    if (options.nonCaIntermediate) {
      await writeFile(join(dir, 'mid.ext'), 'basicConstraints=critical,CA:FALSE\n')
      ossl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp384r1', '-nodes', '-subj', '/CN=forged-not-a-ca', '-keyout', 'mid.key', '-out', 'mid.csr'])
      ossl(['x509', '-req', '-in', 'mid.csr', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-days', '1', '-extfile', 'mid.ext', '-out', 'mid.pem'])
      ossl(['x509', '-in', 'mid.pem', '-outform', 'DER', '-out', 'mid.der'])
      issuer = 'mid'
    }
    ossl(['x509', '-req', '-in', 'leaf.csr', '-CA', `${issuer}.pem`, '-CAkey', `${issuer}.key`, '-CAcreateserial', '-days', '1', '-extfile', 'leaf.ext', '-out', 'leaf.pem'])
    ossl(['x509', '-in', 'root.pem', '-outform', 'DER', '-out', 'root.der'])
    ossl(['x509', '-in', 'leaf.pem', '-outform', 'DER', '-out', 'leaf.der'])
    return {
      rootDer: new Uint8Array(await readFile(join(dir, 'root.der'))),
      intermediates: options.nonCaIntermediate ? [new Uint8Array(await readFile(join(dir, 'mid.der')))] : [],
      leafDer: new Uint8Array(await readFile(join(dir, 'leaf.der'))),
      leafKey: createPrivateKey(await readFile(join(dir, 'leaf.key'))),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export interface ForgedFields {
  readonly timestamp: number
  readonly pcrs: Map<number, Uint8Array>
  readonly nonce?: Uint8Array
  readonly publicKey?: Uint8Array
  readonly userData?: Uint8Array
}

/** A COSE_Sign1 attestation document signed (ES384) by the forged leaf. */
export function forgeDocument(chain: ForgedChain, fields: ForgedFields): Uint8Array {
  const payload = encode(
    new Map<string, unknown>([
      ['module_id', 'i-forged-enc0000'],
      ['digest', 'SHA384'],
      ['timestamp', fields.timestamp],
      ['pcrs', fields.pcrs],
      ['certificate', chain.leafDer],
      ['cabundle', [chain.rootDer, ...chain.intermediates]],
      ['public_key', fields.publicKey ?? null],
      ['user_data', fields.userData ?? null],
      ['nonce', fields.nonce ?? null],
    ]),
  )
  const protectedHeader = encode(new Map([[1, -35]]))
  const toSign = encode(['Signature1', protectedHeader, new Uint8Array(0), payload])
  const signature = new Uint8Array(sign('sha384', toSign, { key: chain.leafKey, dsaEncoding: 'ieee-p1363' }))
  return encode([protectedHeader, new Map(), payload, signature])
}
