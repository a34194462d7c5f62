/** The package's client entry: the typed client of the WayOut public API and its shapes. */
export { publicApiClient, PublicApiError, type PublicApiClient } from '../../../src/plugins/public-api/client'
export type * from '../../../src/plugins/public-api/client'
export { apiPaths } from '../../../src/plugins/public-api/paths'
