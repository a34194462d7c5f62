import type { AfterErrorHook } from 'payload'

import { databaseUnavailableMessage, isDatabaseUnavailable } from './unavailable'

/**
 * While the database is unreachable, REST and GraphQL answer that, with 503 and a message a
 * client can act on (try again), instead of a 500 "Something went wrong"; once the pool
 * reconnects the same requests succeed again.
 */
export const databaseOutageIs503: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isDatabaseUnavailable(error)) return
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message: databaseUnavailableMessage,
        extensions: { ...graphqlResult.extensions, name: 'DatabaseUnavailable', statusCode: 503 },
      },
    }
  return { status: 503, response: { errors: [{ name: 'DatabaseUnavailable', message: databaseUnavailableMessage }] } }
}
