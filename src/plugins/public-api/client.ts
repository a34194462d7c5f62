/**
 * A typed client for the public API, for the widget (which bundles it: it imports only types and
 * the paths) and for anyone in TypeScript. Each method returns the documented shape or throws a
 * PublicApiError carrying the API's JSON error.
 */
import type {
  ApiError,
  CategoryList,
  DeliverableList,
  EventList,
  NewsItemResponse,
  NewsList,
  PartnerList,
  ProjectResponse,
  QueryInput,
} from './definitions'
import { apiPaths } from './paths'

export type {
  CategoryList,
  CategoryRef,
  DeliverableList,
  DeliverableSummary,
  EventList,
  EventSummary,
  Image,
  NewsItem,
  NewsItemResponse,
  NewsList,
  NewsSummary,
  PartnerList,
  PartnerSummary,
  ProjectCard,
  ProjectResponse,
  QueryInput,
  SiteRef,
} from './definitions'

export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | null,
  ) {
    super(body?.error.message ?? `the public API answered ${status}`)
  }
}

type Params = Record<string, string | number | undefined>

export type PublicApiClient = ReturnType<typeof publicApiClient>

/** `baseUrl`: the CMS origin, e.g. https://cms.example.org; `fetch` defaults to the global one. */
export const publicApiClient = (baseUrl: string, { fetch: fetchImpl = globalThis.fetch } = {}) => {
  const get = async <T>(path: string, params: Params = {}, init?: RequestInit): Promise<T> => {
    const url = new URL(path, baseUrl)
    for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, String(value))
    const response = await fetchImpl(url, { credentials: 'omit', ...init })
    const body = await response.json().catch(() => null)
    if (!response.ok) throw new PublicApiError(response.status, body as ApiError | null)
    return body as T
  }
  return {
    project: (params: QueryInput['project'] = {}, init?: RequestInit) =>
      get<ProjectResponse>(apiPaths.project, params, init),
    news: (params: QueryInput['news'] = {}, init?: RequestInit) => get<NewsList>(apiPaths.news, params, init),
    newsItem: (id: number | string, params: QueryInput['newsItem'] = {}, init?: RequestInit) =>
      get<NewsItemResponse>(apiPaths.newsItem(id), params, init),
    events: (params: QueryInput['events'] = {}, init?: RequestInit) => get<EventList>(apiPaths.events, params, init),
    partners: (params: QueryInput['partners'] = {}, init?: RequestInit) =>
      get<PartnerList>(apiPaths.partners, params, init),
    deliverables: (params: QueryInput['deliverables'] = {}, init?: RequestInit) =>
      get<DeliverableList>(apiPaths.deliverables, params, init),
    categories: (params: QueryInput['categories'] = {}, init?: RequestInit) =>
      get<CategoryList>(apiPaths.categories, params, init),
  }
}
