import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { adminsField } from '@/access/rules'
import { keepSitesWithContent } from '@/plugins/site-tenancy/keepSitesWithContent'
import { locales, localeNames } from '@/i18n/locales'

const hexColour = (value: unknown) =>
  value == null || value === '' || /^#[0-9a-f]{6}$/i.test(String(value)) || 'Use a colour like #1d3c6e.'

const hostname = (value: unknown) => {
  const names = Array.isArray(value) ? value : []
  const bad = names.find((name) => !/^[a-z0-9.-]+(:\d+)?$/.test(String(name)))
  return bad === undefined || `"${bad}" is not a host name (letters, digits, dots and dashes).`
}

/** The front ends served by this CMS; the multi-tenant plugin's tenants, labelled "Site". */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: 'Site', plural: 'Sites' },
  access: collectionPolicy.sites,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', 'hostnames', 'live'], group: 'Settings' },
  hooks: { beforeDelete: [keepSitesWithContent] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      access: { update: adminsField },
      admin: { description: 'Stable identifier used by the front ends and the public API (e.g. "wayout").' },
      validate: (value: unknown) =>
        /^[a-z][a-z0-9-]*$/.test(String(value ?? '')) || 'Lower-case letters, digits and dashes.',
    },
    {
      name: 'hostnames',
      type: 'text',
      hasMany: true,
      required: true,
      access: { update: adminsField },
      validate: hostname,
      admin: { description: 'Host names that serve this site, e.g. wayout.localhost.' },
    },
    {
      name: 'isDefault',
      type: 'checkbox',
      defaultValue: false,
      access: { update: adminsField },
      admin: { description: 'Serves requests whose host name matches no site.' },
    },
    {
      name: 'live',
      type: 'checkbox',
      defaultValue: true,
      access: { update: adminsField },
      admin: { description: 'Only content on live sites is visible to the public.' },
    },
    {
      // Not `locales`: that name is taken by the table of the localised fields.
      name: 'languages',
      type: 'select',
      hasMany: true,
      required: true,
      access: { update: adminsField },
      options: locales.map((code) => ({ label: localeNames[code], value: code })),
    },
    {
      name: 'navigation',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true, localized: true },
        { name: 'path', type: 'text', required: true, admin: { description: 'A path on this site, e.g. /news' } },
      ],
    },
    {
      name: 'footer',
      type: 'group',
      fields: [
        { name: 'text', type: 'textarea', localized: true },
        {
          name: 'links',
          type: 'array',
          fields: [
            { name: 'label', type: 'text', required: true, localized: true },
            { name: 'path', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'theme',
      type: 'group',
      access: { update: adminsField },
      fields: [
        { name: 'primary', type: 'text', defaultValue: '#1d3c6e', validate: hexColour },
        { name: 'accent', type: 'text', defaultValue: '#c8102e', validate: hexColour },
      ],
    },
  ],
}
