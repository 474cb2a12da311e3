import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

export interface NodeMeasurementInput {
  /** The installed node package (its package.json and dist/); node_modules below it is skipped. */
  readonly packageDir: string
  /** The node's config file bytes, as read. */
  readonly config: Uint8Array
}

/**
 * The node's measurement: SHA-256 over a domain tag, every regular file of the package
 * (sorted by relative path; each as u32 pathLength ‖ path ‖ SHA-256(content)), and the
 * config bytes. Extended into PCR 16 at start (Tpm2Protector.measure), it makes a store
 * sealed under it unopenable after the package or config changes.
 */
export async function measureNode(input: NodeMeasurementInput): Promise<Uint8Array> {
  const files = (await listFiles(input.packageDir)).sort()
  const hash = createHash('sha256').update('thresh-node-measurement/v1\0')
  for (const file of files) {
    const path = Buffer.from(relative(input.packageDir, file).split(sep).join('/'), 'utf8')
    const length = Buffer.alloc(4)
    length.writeUInt32BE(path.length)
    hash.update(length).update(path).update(createHash('sha256').update(await readFile(file)).digest())
  }
  const configDigest = createHash('sha256').update(input.config).digest()
  return new Uint8Array(hash.update('\0config\0').update(configDigest).digest())
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...(await listFiles(full)))
    } else if (entry.isFile()) {
      out.push(full)
    }
  }
  return out
}
