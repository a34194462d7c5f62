/**
 * The benchmark's site: two app instances (bench/lib/app.mjs) on a fresh PostgreSQL database and a
 * Redis of their own, behind Debian's nginx running the shipped configuration. nginx and Redis are
 * started by the cluster tests' harness (tests/support/cluster), the one place that renders
 * deploy/nginx/wayout.conf.template and runs them, so the tests and this benchmark measure one
 * configuration.
 */
import crypto from 'node:crypto'

import { freePort } from '../../tests/support/freePort.ts'
import { startNginx } from '../../tests/support/cluster/nginx.ts'
import { startRedis } from '../../tests/support/cluster/redisServer.ts'
import { startApp } from '../lib/app.mjs'
import { databaseUri, sql } from '../lib/postgres.mjs'

export const startSite = async () => {
  const name = `wayout_bench_cluster_${crypto.randomBytes(4).toString('hex')}`
  await sql(`CREATE DATABASE "${name}"`)
  const redis = await startRedis()
  const nginxPort = await freePort('127.0.0.1')
  const env = {
    DATABASE_URI: databaseUri(name),
    REDIS_URL: redis.url,
    TRUST_PROXY: 'true',
    SERVER_URL: `http://127.0.0.1:${nginxPort}`,
    PAYLOAD_SECRET: 'bench-cluster-secret',
    PAYLOAD_JOBS_AUTORUN: 'false',
  }
  // The first instance migrates and seeds; the second starts on the finished database.
  const a = await startApp(env)
  const b = await startApp(env)
  const nginx = await startNginx([new URL(a.origin).host, new URL(b.origin).host], nginxPort)
  return {
    a: a.origin,
    b: b.origin,
    nginx: nginx.url,
    stop: async () => {
      await nginx.stop()
      await Promise.all([a.stop(), b.stop()])
      await redis.stop()
      await sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    },
  }
}

/** A session token for a new admin (the first user registered on the fresh database). */
export const signIn = async (origin) => {
  const response = await fetch(`${origin}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.test', password: 'correct horse battery staple' }),
  })
  if (!response.ok) throw new Error(`first-register answered ${response.status}`)
  return (await response.json()).token
}
