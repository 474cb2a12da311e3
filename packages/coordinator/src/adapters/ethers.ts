import {
  AbstractSigner,
  Signature,
  Transaction,
  TypedDataEncoder,
  getAddress,
  getBytes,
  hashMessage,
  resolveAddress,
  toBeHex,
  type Provider,
  type TransactionLike,
  type TransactionRequest,
  type TypedDataDomain,
  type TypedDataField,
} from 'ethers'
import { ethereumAddress } from '../ethereum.js'
import { ecdsaPublicKey, type DigestSigner } from './digest-signer.js'

/**
 * An ethers v6 Signer backed by thresh ECDSA key `keyId`. Create it with
 * `await ThreshSigner.create(coordinator, keyId, provider?)`.
 */
export class ThreshSigner extends AbstractSigner {
  readonly address: string

  private constructor(
    private readonly source: DigestSigner,
    readonly keyId: string,
    address: string,
    provider: Provider | null,
  ) {
    super(provider)
    this.address = address
  }

  static async create(source: DigestSigner, keyId: string, provider: Provider | null = null): Promise<ThreshSigner> {
    return new ThreshSigner(source, keyId, ethereumAddress(await ecdsaPublicKey(source, keyId)), provider)
  }

  async getAddress(): Promise<string> {
    return this.address
  }

  connect(provider: Provider | null): ThreshSigner {
    return new ThreshSigner(this.source, this.keyId, this.address, provider)
  }

  async signTransaction(request: TransactionRequest): Promise<string> {
    const [to, from] = await Promise.all([
      request.to == null ? undefined : resolveAddress(request.to, this),
      request.from == null ? undefined : resolveAddress(request.from, this),
    ])
    if (from !== undefined && getAddress(from) !== this.address) throw new Error(`transaction from ${from} cannot be signed by ${this.address}`)
    const tx = Transaction.from({ ...request, to: to ?? null, from: undefined } as TransactionLike<string>)
    tx.signature = await this.signDigest(tx.unsignedHash)
    return tx.serialized
  }

  async signMessage(message: string | Uint8Array): Promise<string> {
    return (await this.signDigest(hashMessage(message))).serialized
  }

  async signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string> {
    const resolved = await TypedDataEncoder.resolveNames(domain, types, value, async (name) => {
      if (!this.provider) throw new Error(`cannot resolve ENS name ${name} without a provider`)
      const address = await this.provider.resolveName(name)
      if (address == null) throw new Error(`ENS name ${name} does not resolve`)
      return address
    })
    return (await this.signDigest(TypedDataEncoder.hash(resolved.domain, types, resolved.value))).serialized
  }

  private async signDigest(hash: string): Promise<Signature> {
    const { r, s, recoveryId } = await this.source.signDigest({ keyId: this.keyId, digest: getBytes(hash) })
    return Signature.from({ r: toBeHex(r, 32), s: toBeHex(s, 32), yParity: recoveryId })
  }
}
