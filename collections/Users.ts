import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { adminsField } from '@/access/rules'
import { roles } from '@/access/roles'
import { firstUserIsAdmin, isFirstUser } from '@/hooks/firstUserIsAdmin'
import { configuredOrigin } from '@/server/origins.js'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // Brute force protection on the login form.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // Sent over https only when the site is served over https.
    cookies: { secure: configuredOrigin().startsWith('https:') },
  },
  access: collectionPolicy.users,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles', 'partner'], group: 'Settings' },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      // Shown on the first-user screen as Admin, which the first account becomes (see the hook).
      defaultValue: async ({ req }) => ((await isFirstUser(req)) ? ['admin'] : ['editor']),
      saveToJWT: true,
      access: { create: adminsField, update: adminsField },
      options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      saveToJWT: true,
      access: { create: adminsField, update: adminsField },
      admin: { description: 'For partner members: the organisation whose profile they may edit.' },
    },
  ],
}
