/**
 * What a real deployment (APP_ENV=production) must configure. `npm start` on a laptop needs
 * nothing; a server on the public internet without these would sign sessions with a secret made
 * on its own disk, write links that name no public host, or print emails to its log. Checked by
 * the front server (front.ts) before anything starts, and by `npm start` before it builds; see
 * SECURITY.md.
 */

type Environment = Record<string, string | undefined>

const requirements: { name: string; problem: (env: Environment) => string | null }[] = [
  {
    name: 'PAYLOAD_SECRET',
    problem: ({ PAYLOAD_SECRET: secret }) =>
      !secret
        ? 'is not set: sessions would be signed with a secret generated on this disk'
        : secret.length < 32
          ? 'is shorter than 32 characters: use a long random value (openssl rand -hex 32)'
          : null,
  },
  {
    name: 'SERVER_URL',
    problem: ({ SERVER_URL: url }) => {
      if (!url) return 'is not set: links in pages and emails need the public origin, e.g. https://wayout.eu'
      try {
        return new URL(url).protocol === 'https:' ? null : 'must be an https:// address'
      } catch {
        return `is not a URL: "${url}"`
      }
    },
  },
  {
    name: 'NEWSLETTER_LINK_KEYS',
    problem: ({ NEWSLETTER_LINK_KEYS: ring }) =>
      ring?.trim()
        ? null
        : 'is not set: newsletter links would be signed with PAYLOAD_SECRET, and rotating it would break every link already sent (set id:secret, see README)',
  },
  {
    name: 'DATABASE_URI',
    problem: ({ DATABASE_URI: uri }) =>
      uri ? null : 'is not set: name the database explicitly (postgres://… in production)',
  },
  {
    name: 'RESEND_API_KEY',
    problem: ({ RESEND_API_KEY: key }) =>
      key ? null : 'is not set: password resets, confirmations and newsletters would only be printed to the log',
  },
  {
    name: 'MAIL_FROM',
    problem: ({ MAIL_FROM: from }) =>
      from ? null : 'is not set: emails need a sender on a domain verified with Resend',
  },
]

/** The settings a production deployment lacks, one sentence each; empty outside production. */
export const missingProductionSettings = (env: Environment): string[] =>
  env.APP_ENV === 'production'
    ? requirements.flatMap(({ name, problem }) => {
        const found = problem(env)
        return found ? [`${name} ${found}`] : []
      })
    : []

/** Ends the process with one clear message when production settings are missing. */
export const refuseUnconfiguredProduction = () => {
  const missing = missingProductionSettings(process.env)
  if (!missing.length) return
  console.error(
    `APP_ENV=production, but the server is not configured for the public internet:\n${missing
      .map((problem) => `  - ${problem}`)
      .join('\n')}\nSee SECURITY.md ("Settings production must set"). Not starting.`,
  )
  process.exit(1)
}
