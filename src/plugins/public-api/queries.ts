/**
 * What each endpoint reads. Every read goes through the one read layer (src/content/read.ts) as
 * the anonymous public on the asked site: the access policy decides (published, live sites, PU
 * deliverables) and site content is kept to that site. Fields fall back to English by the same
 * rule as on the sites, listed in each object's `fellBack`.
 */
export { categories, deliverables, partners } from './catalogue'
export { events } from './events'
export { newsItem, newsList } from './news'
export { PublicApiProblem, type Context } from './problem'
export { project } from './project'
