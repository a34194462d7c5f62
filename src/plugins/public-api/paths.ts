/**
 * The public API's addresses, shared by the route handlers, the OpenAPI document and the typed
 * client (which the widget bundles, so this file imports nothing).
 */
export const apiBase = '/api/public/v1'

export const apiPaths = {
  project: `${apiBase}/project`,
  news: `${apiBase}/news`,
  newsItem: (id: number | string) => `${apiBase}/news/${encodeURIComponent(String(id))}`,
  events: `${apiBase}/events`,
  partners: `${apiBase}/partners`,
  deliverables: `${apiBase}/deliverables`,
  categories: `${apiBase}/categories`,
  openapi: `${apiBase}/openapi.json`,
  /** The newsletter's public write paths: sign-up, confirmation, one-click unsubscribe, erasure. */
  subscriptions: `${apiBase}/subscriptions`,
  confirmSubscription: `${apiBase}/subscriptions/confirm`,
  unsubscribe: `${apiBase}/subscriptions/unsubscribe`,
  eraseSubscription: `${apiBase}/subscriptions/erase`,
  practiceSubmissions: `${apiBase}/practice-submissions`,
} as const
