export { openApiEndpoint as GET } from '@/plugins/public-api/routes'
