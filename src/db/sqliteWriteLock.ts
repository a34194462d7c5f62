import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client'

import { DatabaseBusy } from './databaseBusy'

const guarded = new WeakSet<Client>()

/** Statements that only read never wait: in WAL mode they do not meet the write lock. */
const onlyReads = (statement: InStatement) =>
  /^\s*select\b/i.test(typeof statement === 'string' ? statement : statement.sql)

/**
 * SQLite lets one connection write at a time, and libsql waits for that lock by sleeping on the
 * event loop's thread. So while a transaction holds the lock, a write on the client's shared
 * connection freezes the whole process: the transaction can never reach its commit, and the write
 * fails after busy_timeout with "database is locked". Payload writes outside its transactions on
 * purpose, so that parallel requests see the write at once: failed login attempts
 * (incrementLoginAttempts) and forgot-password's reservation of `resetPasswordRequestedAt`, which
 * it makes *inside* its own open transaction; the rate limits write beside Payload too.
 *
 * Here a write on the shared connection first waits, without blocking, until no transaction
 * holds the lock; and a transaction takes the lock only at its first statement (BEGIN IMMEDIATE
 * then, not when Payload opens it). Writes that the code opening a transaction makes before its
 * first statement (that reservation, the auth rate limits of its beforeOperation hook) therefore
 * commit on their own, as on PostgreSQL. Code holding the lock that writes outside its own
 * transaction would wait for itself: it fails after `waitMs` (DatabaseBusy, which drizzle wraps
 * as a failed query), like a nested transaction, instead of freezing the process.
 */
export const guardSqliteWrites = (client: Client, waitMs: number) => {
  if (guarded.has(client)) return
  guarded.add(client)
  let lockReleased: Promise<void> | null = null

  const whenUnlocked = async () => {
    const deadline = Date.now() + waitMs
    while (lockReleased) {
      let timer: NodeJS.Timeout | undefined
      const timedOut = new Promise<'timeout'>(
        (resolve) => (timer = setTimeout(resolve, deadline - Date.now(), 'timeout')),
      )
      const outcome = await Promise.race([lockReleased, timedOut])
      clearTimeout(timer)
      if (outcome === 'timeout') throw new DatabaseBusy()
    }
  }

  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const migrate = client.migrate.bind(client)
  const executeMultiple = client.executeMultiple.bind(client)
  const begin = client.transaction.bind(client)

  client.execute = async (statement) => {
    if (!onlyReads(statement)) await whenUnlocked()
    return execute(statement)
  }
  client.batch = async (statements, mode) => {
    await whenUnlocked()
    return batch(statements, mode)
  }
  client.migrate = async (statements) => {
    await whenUnlocked()
    return migrate(statements)
  }
  client.executeMultiple = async (sql) => {
    await whenUnlocked()
    return executeMultiple(sql)
  }

  client.transaction = async (mode?: TransactionMode): Promise<Transaction> => {
    let opened: Promise<Transaction> | undefined
    let release = () => {}
    let closed = false
    const open = () =>
      (opened ??= whenUnlocked().then(() => {
        // Set and begun in one turn of the event loop: no write can slip in between.
        lockReleased = new Promise((resolve) => {
          release = () => {
            lockReleased = null
            resolve()
          }
        })
        return begin(mode).catch((error: unknown) => {
          release()
          throw error
        })
      }))
    const end = async (how: 'commit' | 'rollback') => {
      closed = true
      if (!opened) return
      try {
        await (await opened)[how]()
      } finally {
        release()
      }
    }
    return {
      execute: async (statement) => (await open()).execute(statement),
      batch: async (statements) => (await open()).batch(statements),
      executeMultiple: async (sql) => (await open()).executeMultiple(sql),
      commit: () => end('commit'),
      rollback: () => end('rollback'),
      close: () => {
        closed = true
        opened
          ?.then((transaction) => transaction.close())
          .catch(() => {})
          .finally(release)
      },
      get closed() {
        return closed
      },
    }
  }
}
