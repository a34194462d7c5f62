/**
 * The content volume the page benchmark measures at: the seeded news and events copied (over the
 * REST API, as an admin) until the site holds `news` news items and `events` events, and one
 * published practice on the repository. Copies keep the seeded text, numbered in the title.
 */
const auth = async (origin) => {
  const response = await fetch(`${origin}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.test', password: 'correct horse battery staple' }),
  })
  if (!response.ok) throw new Error(`first-register answered ${response.status}`)
  return { authorization: `JWT ${(await response.json()).token}` }
}

const api = (origin, headers) => async (method, path, body) => {
  const response = await fetch(`${origin}/api/${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!response.ok) throw new Error(`${method} /api/${path} answered ${response.status}: ${await response.text()}`)
  return response.json()
}

/** Runs `task(i)` for i < count, `parallel` at a time. */
const each = async (count, parallel, task) => {
  let next = 0
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) await task(next++)
    }),
  )
}

const day = 24 * 3600_000
const withoutIdentity = ({ id: _id, createdAt: _c, updatedAt: _u, slug: _s, ...rest }) => rest

export const seedVolume = async (origin, { news = 1_000, events = 200 } = {}) => {
  const call = api(origin, await auth(origin))
  const started = Date.now()
  const newsDocs = (await call('GET', 'news?depth=0&limit=100&locale=en&where[_status][equals]=published')).docs
  const eventDocs = (await call('GET', 'events?depth=0&limit=100&locale=en&where[_status][equals]=published')).docs
  if (!newsDocs.length || !eventDocs.length) throw new Error('the seed has no published news or events to copy')
  await each(Math.max(0, news - newsDocs.length), 4, async (i) => {
    const source = newsDocs[i % newsDocs.length]
    await call('POST', 'news?depth=0&locale=en', {
      ...withoutIdentity(source),
      title: `${source.title} (${i + 1})`,
      relatedNews: [],
      publishedAt: new Date(Date.parse('2025-01-01') + i * 3600_000).toISOString(),
      _status: 'published',
    })
  })
  await each(Math.max(0, events - eventDocs.length), 4, async (i) => {
    const source = eventDocs[i % eventDocs.length]
    // Half upcoming, half past, so both event lists are full.
    const startsAt = Date.now() + (i - events / 2) * 3 * day
    await call('POST', 'events?depth=0&locale=en', {
      ...withoutIdentity(source),
      title: `${source.title} (${i + 1})`,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 3600_000).toISOString(),
      _status: 'published',
    })
  })
  const sites = (await call('GET', 'sites?depth=0&limit=10')).docs
  const practices = sites.find((site) => site.key === 'practices')
  const practice = await call('POST', 'practices?depth=0&locale=en', {
    title: 'Benchmark practice',
    country: 'FR',
    setting: ['prison'],
    targetGroup: 'Benchmark readers',
    approach: 'A practice made by the benchmark so the practice page has one to show.',
    moderationStatus: 'published',
    ...(practices ? { sites: [practices.id] } : {}),
  })
  return { seconds: (Date.now() - started) / 1000, practiceId: practice.doc.id }
}

/**
 * The pages measured on a seeded site, as [name, path, headers]: home, news list, the newest
 * article and event (from their lists), and the seeded practice on the repository's host.
 */
export const measuredPages = async (origin, practiceId) => {
  const firstLink = async (listPath, pattern) => {
    const found = (await (await fetch(`${origin}${listPath}`)).text()).match(pattern)?.[1]
    if (!found) throw new Error(`no link on ${listPath}`)
    return found
  }
  return [
    ['home', '/en', {}],
    ['news list', '/en/news', {}],
    ['article', await firstLink('/en/news', /href="(\/en\/news\/[^"?]+)"/), {}],
    ['event', await firstLink('/en/events', /href="(\/en\/events\/(?!calendar\.ics)[^"?]+)"/), {}],
    ['practice', `/en/practices/${practiceId}`, { host: 'practices.localhost' }],
  ]
}
