import {
  AbstractSigner,
  Signature,
  Transaction,
  TypedDataEncoder,
  getAddress,
  getBytes,
  resolveAddress,
  toUtf8Bytes,
  toBeHex,
  type Provider,
  type TransactionLike,
  type TransactionRequest,
  type TypedDataDomain,
  type TypedDataField,
} from 'ethers'
import { ethereumAddress } from '../ethereum.js'
import type { SignPayloadInput } from '../types.js'
import { adapterKey, ecdsaParts, type AdapterOptions, type PayloadSigner } from './digest-signer.js'

/**
 * An ethers v6 Signer backed by thresh ECDSA key `keyId` at BIP32 `options.path`.
 * Create it with `await ThreshSigner.create(coordinator, keyId, provider?, { path })`.
 * Transactions, messages and typed data go to the nodes as typed payloads they decode
 * and hash themselves.
 */
export class ThreshSigner extends AbstractSigner {
  readonly address: string

  private constructor(
    private readonly source: PayloadSigner,
    readonly keyId: string,
    address: string,
    provider: Provider | null,
    readonly path: string | readonly number[],
  ) {
    super(provider)
    this.address = address
  }

  static async create(source: PayloadSigner, keyId: string, provider: Provider | null = null, options: AdapterOptions = {}): Promise<ThreshSigner> {
    const publicKey = await adapterKey(source, keyId, 'ecdsa', 'Ethereum signers', options)
    return new ThreshSigner(source, keyId, ethereumAddress(publicKey), provider, options.path ?? [])
  }

  async getAddress(): Promise<string> {
    return this.address
  }

  connect(provider: Provider | null): ThreshSigner {
    return new ThreshSigner(this.source, this.keyId, this.address, provider, this.path)
  }

  async signTransaction(request: TransactionRequest): Promise<string> {
    const [to, from] = await Promise.all([
      request.to == null ? undefined : resolveAddress(request.to, this),
      request.from == null ? undefined : resolveAddress(request.from, this),
    ])
    if (from !== undefined && getAddress(from) !== this.address) throw new Error(`transaction from ${from} cannot be signed by ${this.address}`)
    const tx = Transaction.from({ ...request, to: to ?? null, from: undefined } as TransactionLike<string>)
    tx.signature = await this.signPayload({ kind: 'evm-tx', data: getBytes(tx.unsignedSerialized) })
    return tx.serialized
  }

  async signMessage(message: string | Uint8Array): Promise<string> {
    return (await this.signPayload({ kind: 'eip191', data: typeof message === 'string' ? toUtf8Bytes(message) : message })).serialized
  }

  async signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string> {
    const resolved = await TypedDataEncoder.resolveNames(domain, types, value, async (name) => {
      if (!this.provider) throw new Error(`cannot resolve ENS name ${name} without a provider`)
      const address = await this.provider.resolveName(name)
      if (address == null) throw new Error(`ENS name ${name} does not resolve`)
      return address
    })
    const primaryType = TypedDataEncoder.getPrimaryType(types)
    const typedData = { types, primaryType, domain: definedFields(resolved.domain), message: resolved.value }
    return (await this.signPayload({ kind: 'eip712', data: typedData })).serialized
  }

  private async signPayload(payload: SignPayloadInput): Promise<Signature> {
    const { r, s, recoveryId } = ecdsaParts(await this.source.sign({ keyId: this.keyId, payload, path: this.path }))
    return Signature.from({ r: toBeHex(r, 32), s: toBeHex(s, 32), yParity: recoveryId })
  }
}

/** The domain without unset fields (ethers leaves them undefined or null; EIP-712 omits them). */
function definedFields(domain: TypedDataDomain): Record<string, unknown> {
  return Object.fromEntries(Object.entries(domain).filter(([, v]) => v !== undefined && v !== null))
}
