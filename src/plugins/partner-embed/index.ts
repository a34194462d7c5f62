import type { Config, Plugin } from 'payload'

/**
 * Admin → Embed: the partner widget's snippet builder with a live preview (./EmbedView), and its
 * entry in the admin's navigation (./EmbedNavLink).
 */
export const partnerEmbed =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        views: {
          ...config.admin?.components?.views,
          embed: { Component: '/src/plugins/partner-embed/EmbedView#EmbedView', path: '/embed' },
        },
        afterNavLinks: [
          ...(config.admin?.components?.afterNavLinks ?? []),
          '/src/plugins/partner-embed/EmbedNavLink#EmbedNavLink',
        ],
      },
    },
  })
