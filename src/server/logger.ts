import type { Config } from 'payload'

/**
 * Payload's logger (pino) writes one JSON object per line in production, what log collectors
 * read (LOG_FORMAT=pretty for Payload's coloured lines); LOG_LEVEL sets the level (default info).
 * In development Payload's own pretty output stays.
 */
export const productionLogger = (): Config['logger'] =>
  process.env.NODE_ENV === 'production' && process.env.LOG_FORMAT !== 'pretty'
    ? { options: { level: process.env.LOG_LEVEL || 'info' } }
    : undefined
