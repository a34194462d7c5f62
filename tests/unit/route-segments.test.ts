/** The addresses no editors' page may take are exactly the sites' fixed routes, notices apart. */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { notices, routeSegments } from '@/plugins/legal-pages/notices'

const routes = path.resolve(import.meta.dirname, '../../src/app/(site)/[locale]')

describe('the fixed routes', () => {
  it('are the ones the pages may not take, and the notices the ones they show', () => {
    const fixed = fs
      .readdirSync(routes, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
      .map((entry) => entry.name)
    expect([...routeSegments, ...notices].sort()).toEqual(fixed.sort())
  })
})
