/** The collections whose pages are addressed by a per-locale slug. */
export const sluggedCollections = ['news', 'events', 'pages'] as const

export type SluggedCollection = (typeof sluggedCollections)[number]

/** Where each slugged collection's pages live on the sites: `/{locale}{prefix}/{slug}`. */
export const slugPrefix: Record<SluggedCollection, string> = { news: '/news', events: '/events', pages: '' }
