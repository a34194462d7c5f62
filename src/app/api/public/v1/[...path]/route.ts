import { unknownEndpoint, unknownPreflight } from '@/plugins/public-api/routes'

/**
 * Every other path under /api/public/v1 (without this, Payload's own /api catch-all would answer):
 * a JSON 404 with CORS headers. A route added later (the newsletter's `subscriptions`) is more
 * specific and takes precedence.
 */
export const GET = unknownEndpoint
export const POST = unknownEndpoint
export const PUT = unknownEndpoint
export const PATCH = unknownEndpoint
export const DELETE = unknownEndpoint
export const OPTIONS = unknownPreflight
