import { DrizzleQueryError } from 'drizzle-orm/errors'

/**
 * Errors meaning PostgreSQL cannot be reached at all (down, restarting, network cut), as pg and
 * pg-pool report them, possibly wrapped by drizzle or Payload as a `cause`. (SQLite is a local
 * file: its errors, SQLITE_BUSY included, are never an outage.)
 * A network error alone (ECONNREFUSED, ETIMEDOUT…) may come from anything the request touched
 * (Resend, S3, Redis), so it counts only when a driver wrapped it or it names the database's port.
 */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'])
/** pg's SQLSTATE for connection failures (class 08) and the server stopping or starting (57P01–57P03). */
const driverStates = /^(08\d{3}|57P0[123])$/
/** Texts only pg and pg-pool produce. */
const driverMessages =
  /Connection terminated|timeout exceeded when trying to connect|database system is (shutting down|starting up)|terminating connection due to administrator command|Client has encountered a connection error/i
// Payload rethrows some as a new Error carrying only the text ("cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432").
const networkText = /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b\s+\S+:(\d+)\b/
// …or with no address at all, when the connection broke while being opened ("cannot begin transaction: read
// ECONNRESET"), or the BEGIN itself failed ("… Failed query: begin"): only a broken connection fails a BEGIN.
const beginFailed =
  /cannot begin transaction: (?:.*\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)\b|Failed query: begin\b)/

/** The configured PostgreSQL server's port and host name; SQLite is a local file. */
const databaseEndpoint = () => {
  const uri = process.env.DATABASE_URI ?? ''
  if (!/^postgres(ql)?:\/\//.test(uri)) return undefined
  const { port, hostname } = new URL(uri)
  return { port: port || '5432', hostname }
}

const field = (error: object, name: string): unknown => (name in error ? Reflect.get(error, name) : undefined)

export const isDatabaseUnavailable = (error: unknown): boolean => {
  const endpoint = databaseEndpoint()
  let wrapped = false
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 6; depth++) {
    const code = field(cause, 'code')
    const message = field(cause, 'message')
    // drizzle wraps what the driver threw for a query: anything below it is about the database.
    if (cause instanceof DrizzleQueryError) wrapped = true
    if (typeof code === 'string' && driverStates.test(code)) return true
    if (typeof message === 'string' && driverMessages.test(message)) return true
    if (typeof code === 'string' && networkCodes.has(code)) {
      const port = field(cause, 'port')
      if (wrapped || (endpoint && (String(port) === endpoint.port || field(cause, 'hostname') === endpoint.hostname)))
        return true
    }
    const text = typeof message === 'string' ? networkText.exec(message) : null
    if (text && endpoint && text[1] === endpoint.port) return true
    if (endpoint && typeof message === 'string' && beginFailed.test(message)) return true
    // drizzle and Payload wrap the driver's error as `cause`, GraphQL as `originalError`.
    cause = field(cause, 'cause') || field(cause, 'originalError')
  }
  return false
}

export const databaseUnavailableMessage = 'The database is unavailable; try again shortly.'
