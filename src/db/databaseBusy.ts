import { APIError } from 'payload'

/**
 * 503 for a write that waited its turn too long. Named explicitly, as every error we throw for
 * Payload's REST routes must be: the production build's copy of APIError is an anonymous class,
 * and Payload's error formatter answers "An unknown error occurred." for an error without a name.
 */
export class DatabaseBusy extends APIError {
  override name = 'DatabaseBusy'

  constructor() {
    super('The database is busy: please try again.', 503, undefined, true)
  }
}
