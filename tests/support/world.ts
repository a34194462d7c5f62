import { afterAll, beforeAll } from 'vitest'

import { buildWorld, type World } from './fixtures'
import { startPayload, type TestPayload } from './payload'

/** For a whole test file: a fresh database holding the fixture world (see fixtures.ts). */
export const withWorld = (label: string) => {
  let env: TestPayload | undefined
  let world: World | undefined
  beforeAll(async () => {
    env = await startPayload(label)
    world = await buildWorld(env.payload)
  })
  afterAll(async () => env?.stop())
  return {
    get payload() {
      return env!.payload
    },
    get world() {
      return world!
    },
  }
}
