import crypto from 'node:crypto'

import { payloadSecret } from '@/secret'

/**
 * IP addresses and email addresses are kept (in consent records and rate-limit keys) only as a
 * keyed hash: stable enough to compare, useless without the server's secret.
 */
export const saltedHash = (purpose: string, value: string) =>
  crypto.createHmac('sha256', payloadSecret()).update(`${purpose}\0${value}`).digest('hex')
