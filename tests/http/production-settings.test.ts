/**
 * A deployment that says it is production (APP_ENV=production) and lacks a setting the public
 * internet needs does not start, and says which and why; a laptop's `npm start` needs none.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { missingProductionSettings } from '@/server/productionSettings'

const root = path.resolve(import.meta.dirname, '../..')

/** Every setting production must set, in the order the server names them. */
const required = ['PAYLOAD_SECRET', 'SERVER_URL', 'NEWSLETTER_LINK_KEYS', 'DATABASE_URI', 'RESEND_API_KEY', 'MAIL_FROM']

const complete = {
  APP_ENV: 'production',
  PAYLOAD_SECRET: 'a'.repeat(64),
  NEWSLETTER_LINK_KEYS: `2026:${'b'.repeat(44)}`,
  SERVER_URL: 'https://wayout.example',
  DATABASE_URI: 'postgres://wayout@db/wayout',
  RESEND_API_KEY: 're_live_key',
  MAIL_FROM: 'WayOut <news@wayout.example>',
}

describe('production settings', () => {
  it('asks nothing of a development or test server', () => {
    expect(missingProductionSettings({})).toEqual([])
    expect(missingProductionSettings({ NODE_ENV: 'production' })).toEqual([])
  })

  it('accepts a complete production configuration', () => {
    expect(missingProductionSettings(complete)).toEqual([])
  })

  it('names each missing or unsafe setting', () => {
    expect(missingProductionSettings({ APP_ENV: 'production' }).map((line) => line.split(' ')[0])).toEqual(required)
    expect(missingProductionSettings({ ...complete, PAYLOAD_SECRET: 'short' })).toEqual([
      expect.stringMatching(/^PAYLOAD_SECRET is shorter than 32 characters/),
    ])
    expect(missingProductionSettings({ ...complete, SERVER_URL: 'http://wayout.example' })).toEqual([
      'SERVER_URL must be an https:// address',
    ])
    expect(missingProductionSettings({ ...complete, SERVER_URL: 'wayout' })).toEqual([
      'SERVER_URL is not a URL: "wayout"',
    ])
  })

  for (const script of ['scripts/start.mjs', 'scripts/serve.mjs'])
    it(`${script} refuses to start without them, with a message that says what to set`, () => {
      const run = spawnSync(process.execPath, [path.join(root, script), '--port', '0'], {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          APP_ENV: 'production',
          SERVER_URL: 'http://wayout.example',
        },
        encoding: 'utf8',
        timeout: 30_000,
      })
      expect(run.status).toBe(1)
      expect(run.stderr).toContain('APP_ENV=production, but the server is not configured for the public internet')
      for (const name of required) expect(run.stderr).toContain(`  - ${name} `)
      expect(run.stderr).toContain('SECURITY.md')
    })
})
