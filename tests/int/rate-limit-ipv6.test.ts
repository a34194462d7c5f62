/**
 * Per-IP limits count an IPv6 client by its /64: one subscriber line gets a whole /64, so
 * counting single addresses would let a client rotate through 2^64 of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { consumeRateLimit, limits } from '@/public-forms/rateLimit'

import { startPayload, type TestPayload } from '../support/payload'

const perIp = limits.subscribe.perIp.points
let world: TestPayload

beforeAll(async () => {
  world = await startPayload('rate-limit-ipv6')
}, 300_000)

afterAll(async () => {
  await world?.stop()
})

const attempt = (ip: string) => consumeRateLimit(world.payload, 'subscribe', { ip })

describe('per-IP limits for IPv6 clients', () => {
  it('count every address of one /64 together, however it is written', async () => {
    for (let n = 1; n <= perIp; n += 1) expect(await attempt(`2001:db8:1:2::${n.toString(16)}`)).toEqual({ ok: true })
    expect(await attempt('2001:db8:1:2:ffff:ffff:ffff:ffff')).toMatchObject({ ok: false })
    expect(await attempt('2001:0db8:0001:0002:0000:0000:0000:abcd')).toMatchObject({ ok: false })
    expect(await attempt('2001:DB8:1:2::1%eth0')).toMatchObject({ ok: false })
  })

  it('keep other /64 networks and IPv4 addresses apart', async () => {
    expect(await attempt('2001:db8:1:3::1')).toEqual({ ok: true })
    expect(await attempt('2001:db8:1::1')).toEqual({ ok: true })
    for (let n = 1; n <= perIp; n += 1) expect(await attempt(`198.51.100.${n}`)).toEqual({ ok: true })
  })

  it('count an IPv4 address written as IPv6 (an embedded dotted tail) by its /64 like any other', async () => {
    for (let n = 1; n <= perIp; n += 1) expect(await attempt(`64:ff9b::198.51.100.${n}`)).toEqual({ ok: true })
    expect(await attempt('64:ff9b::1')).toMatchObject({ ok: false })
  })
})
