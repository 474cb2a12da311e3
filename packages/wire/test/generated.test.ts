import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const wire = fileURLToPath(new URL('..', import.meta.url))

describe('generated code', () => {
  it('is what `npm run generate` makes of proto/thresh.proto today', () => {
    const pkg = JSON.parse(readFileSync(join(wire, 'package.json'), 'utf8')) as { scripts: { generate: string } }
    const dir = mkdtempSync(join(tmpdir(), 'thresh-gen-'))
    try {
      // the package's own generate command, pointed at a temporary output
      const args = pkg.scripts.generate.split(' ').slice(1)
      const out = args.indexOf('-o')
      expect(out).toBeGreaterThan(0)
      args[out + 1] = join(dir, 'thresh.js')
      const pbjs = fileURLToPath(new URL('../../../node_modules/.bin/pbjs', import.meta.url))
      execFileSync(pbjs, args, { cwd: wire, stdio: 'pipe' })
      for (const file of ['thresh.js', 'thresh.d.ts']) {
        expect(readFileSync(join(dir, file), 'utf8'), `gen/${file} is stale: run npm run generate -w packages/wire`)
          .toBe(readFileSync(join(wire, 'gen', file), 'utf8'))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
