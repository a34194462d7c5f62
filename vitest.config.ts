import path from 'node:path'

import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

const root = import.meta.dirname

/**
 * The same integration suites run once per database: always the embedded SQLite, PostgreSQL
 * where TEST_POSTGRES_URL is set, MongoDB where MONGODB_URI is set.
 */
const databases = [
  { name: 'sqlite', enabled: true },
  { name: 'postgres', enabled: Boolean(process.env.TEST_POSTGRES_URL) },
  { name: 'mongodb', enabled: Boolean(process.env.MONGODB_URI) },
].filter((db) => db.enabled)

const project = (name: string): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    env: { TEST_DATABASE: name },
    include: ['tests/**/*.test.ts'],
    exclude: [
      'tests/cluster/**',
      // The migration checks open no database: once, in the SQLite project, is enough.
      ...(name === 'sqlite' ? [] : ['tests/int/migrations-*.test.ts']),
    ],
  },
})

/**
 * Whole deployments (app instances, workers, nginx, databases and Redis of their own) under load:
 * once per run, after the database projects and one file at a time, so their load slows no other
 * suite and no other suite slows them.
 */
const cluster: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'cluster',
    include: ['tests/cluster/**/*.test.ts'],
    fileParallelism: false,
    sequence: { groupOrder: 1 },
  },
}

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@': path.join(root, 'src'),
      '@sites': path.join(root, 'sites'),
      '@collections': path.join(root, 'collections'),
    },
  },
  test: {
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Each file gets its own database and Payload instance; two at a time suits a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    projects: [...databases.map((db) => project(db.name)), cluster],
  },
})
