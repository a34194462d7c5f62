/**
 * Errors meaning the database cannot be reached at all (down, restarting, network cut), as the
 * PostgreSQL driver and libsql report them, possibly wrapped by drizzle or Payload as a `cause`:
 * connection refused or reset, the server shutting down or starting (SQLSTATE class 08, 57P01–57P03),
 * a connection that died mid-query or could not be had in time.
 */
const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'])
const unreachableStates = /^(08\d{3}|57P0[123])$/
// Payload rethrows some as a new Error carrying only the text ("cannot begin transaction: connect ECONNREFUSED …").
const unreachableMessages =
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b|Connection terminated|timeout exceeded when trying to connect|database system is (shutting down|starting up)|terminating connection due to administrator command|Client has encountered a connection error/i

export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let cause = error, depth = 0; cause && depth < 6; depth++) {
    if (typeof cause !== 'object') return false
    const code = 'code' in cause ? cause.code : undefined
    const message = 'message' in cause ? cause.message : undefined
    if (typeof code === 'string' && (unreachableCodes.has(code) || unreachableStates.test(code))) return true
    if (typeof message === 'string' && unreachableMessages.test(message)) return true
    // drizzle and Payload wrap the driver's error as `cause`, GraphQL as `originalError`.
    cause = 'cause' in cause && cause.cause ? cause.cause : 'originalError' in cause ? cause.originalError : undefined
  }
  return false
}

export const databaseUnavailableMessage = 'The database is unavailable; try again shortly.'
