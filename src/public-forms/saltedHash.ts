import crypto from 'node:crypto'

import { payloadSecret } from '@/secret'

/**
 * IP addresses and email addresses are kept (in consent records and rate-limit keys) only as a
 * keyed hash: stable enough to compare, useless without the server's secret.
 */
export const saltedHash = (purpose: string, value: string) =>
  crypto.createHmac('sha256', payloadSecret()).update(`${purpose}\0${value}`).digest('hex')

/**
 * The IP address kept with a record, hashed under its dataset's own purpose: the same address
 * gives different hashes in the subscribers' consent records and in practice submissions, so
 * the two cannot be linked.
 */
export const ipHashFor = (dataset: 'subscribers' | 'practices', ip: string) => saltedHash(`${dataset}:client-ip`, ip)
