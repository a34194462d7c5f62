import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { adminsField } from '@/access/rules'
import { roles } from '@/access/roles'
import { limitAuthAttempts } from '@/auth/attemptLimits'
import { resetPasswordEmailHtml, resetPasswordEmailSubject } from '@/auth/resetPasswordEmail'
import { firstUserIsAdmin, isFirstUser } from '@/auth/firstUserIsAdmin'
import { configuredOrigin } from '@/server/origins'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // Guessing is slowed by the rate limits (limitAuthAttempts), which never shut the owner out
    // as a lockout does for whoever sends five wrong passwords. The lockout stays as a last line
    // only, out of one network's reach in practice and brief (removing it drops two columns).
    maxLoginAttempts: 100,
    lockTime: 60 * 1000,
    forgotPassword: { generateEmailHTML: resetPasswordEmailHtml, generateEmailSubject: resetPasswordEmailSubject },
    // Sent over https only when the site is served over https.
    cookies: { secure: configuredOrigin().startsWith('https:') },
  },
  access: collectionPolicy.users,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles', 'partner'], group: 'Settings' },
  hooks: { beforeOperation: [limitAuthAttempts], beforeChange: [firstUserIsAdmin] },
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
