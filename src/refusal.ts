import { APIError } from 'payload'

/**
 * An error whose message and status Payload's REST routes answer as they are. Named explicitly:
 * the production build's copy of APIError is an anonymous class, and Payload's error formatter
 * answers "An unknown error occurred." for an error without a name.
 */
export class Refusal extends APIError {
  constructor(name: string, message: string, status: number) {
    super(message, status, undefined, true)
    this.name = name
  }
}
