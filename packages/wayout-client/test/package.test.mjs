/** What `npm publish` would ship: every export has its module and its types, and the widget is a self-contained ES module. */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'

const here = path.resolve(import.meta.dirname, '..')
const manifest = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8'))

test('every export names a built module and its types', () => {
  for (const [name, target] of Object.entries(manifest.exports)) {
    for (const file of [target.import, target.types])
      assert.ok(fs.existsSync(path.join(here, file)), `${name}: ${file} is missing (npm run build)`)
  }
  const types = fs.readFileSync(path.join(here, manifest.exports['.'].types), 'utf8')
  assert.match(types, /export declare const publicApiClient/)
  assert.match(types, /export type DeliverableSummary/)
})

test('the widget module imports nothing and defines the WayOut elements', () => {
  const widget = fs.readFileSync(path.join(here, manifest.exports['./widget'].import), 'utf8')
  assert.doesNotMatch(widget, /^\s*import\s/m)
  assert.match(widget, /customElements\.define/)
  for (const name of ['wayout-news', 'wayout-deliverables', 'wayout-subscribe'])
    assert.ok(widget.includes(`"${name}"`), name)
  assert.match(
    fs.readFileSync(path.join(here, manifest.exports['./widget'].types), 'utf8'),
    /export declare const elements/,
  )
})

test('ships only what it builds and its README', () => {
  assert.deepEqual(manifest.files, ['dist', 'README.md'])
  assert.ok(fs.existsSync(path.join(here, 'README.md')))
})
