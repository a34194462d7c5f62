import { newsFeed } from '@sites/website/newsFeed'

/** News of the site in this language, RSS 2.0. */
export const GET = (_request: Request, { params }: { params: Promise<{ locale: string }> }) => newsFeed(params, 'rss')
