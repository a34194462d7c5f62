import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Config } from 'payload'

/**
 * News, events, pages and practices belong to one or more sites ("tenants"). The plugin gives the
 * admin its Site selector and the `sites` field; who may read what stays in the access policy,
 * because editors work across all sites and the public reads published content on live sites.
 */
const siteContent = { useTenantAccess: false } as const

/** The collections whose documents are assigned to sites. */
export const siteContentCollections = ['news', 'events', 'pages', 'practices'] as const

export const siteTenancy = multiTenantPlugin<Config>({
  tenantsSlug: 'sites',
  tenantField: {
    name: 'sites',
    // The plugin supports several tenants per document; its override type names only one.
    ...({ hasMany: true } as object),
    // Pages need the ids only (the reader's site is known): never populated, no query per read.
    maxDepth: 0,
    admin: { position: 'sidebar' },
    label: 'Sites',
  },
  collections: Object.fromEntries(siteContentCollections.map((slug) => [slug, siteContent])),
  // The plugin's clean-up deletes every document on a deleted site, even ones shared with another
  // site; instead a site that still has content cannot be deleted (see keepSitesWithContent).
  cleanupAfterTenantDelete: false,
  tenantsArrayField: { includeDefaultField: false },
  userHasAccessToAllTenants: () => true,
  useTenantsCollectionAccess: false,
  useTenantsListFilter: false,
  useUsersTenantFilter: false,
  i18n: {
    translations: {
      en: {
        'nav-tenantSelector-label': 'Site',
        'field-assignedTenant-label': 'Sites',
        'assign-tenant-button-label': 'Assign sites',
      },
      fr: {
        'nav-tenantSelector-label': 'Site',
        'field-assignedTenant-label': 'Sites',
        'assign-tenant-button-label': 'Attribuer des sites',
      },
      de: {
        'nav-tenantSelector-label': 'Website',
        'field-assignedTenant-label': 'Websites',
        'assign-tenant-button-label': 'Websites zuweisen',
      },
      pt: {
        'nav-tenantSelector-label': 'Site',
        'field-assignedTenant-label': 'Sites',
        'assign-tenant-button-label': 'Atribuir sites',
      },
      nl: {
        'nav-tenantSelector-label': 'Website',
        'field-assignedTenant-label': 'Websites',
        'assign-tenant-button-label': 'Websites toewijzen',
      },
    },
  },
})
