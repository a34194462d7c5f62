import type { Plugin, SanitizedConfig } from 'payload'

/**
 * The public read API (/api/public/v1): JSON for partner sites and the widget. Its routes are
 * Next file routes (src/app/api/public/v1, thin files over routes.ts), not Payload endpoints,
 * because they answer every origin (`access-control-allow-origin: *`) with their own preflight,
 * which Payload's REST handler would not. This plugin is the switch: it records itself in the
 * config, and without it every endpoint answers 404 (handler.ts).
 */
export const publicApi = (): Plugin => (config) => ({ ...config, custom: { ...config.custom, publicApi: true } })

export const publicApiEnabled = (config: SanitizedConfig) => config.custom?.publicApi === true
