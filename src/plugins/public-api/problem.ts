import type { Payload } from 'payload'

/** A request the API refuses (400) or cannot find (404), with a message for the developer. */
export class PublicApiProblem extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
    readonly parameter?: string,
  ) {
    super(message)
  }
}

/** The configured origin of the site the API was asked on: media URLs are made absolute with it. */
export type Context = { payload: Payload; origin: URL }
