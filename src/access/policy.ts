import type { CollectionConfig, CollectionSlug, GlobalConfig, GlobalSlug } from 'payload'

import {
  admins,
  adminsOrSelf,
  anyone,
  membersOr,
  publishedOnLiveSite,
  publishedOrOwnPractice,
  staff,
  staffOr,
  staffOrOwnPartner,
  staffOrPartners,
} from './rules'

type CollectionAccess = NonNullable<CollectionConfig['access']>
type GlobalAccess = NonNullable<GlobalConfig['access']>

/**
 * Who may do what, in one table. Every collection and global takes its `access` from here,
 * and the access tests walk this same table, so a rule changed here is a rule tested.
 *
 * Read it as: staff = admin or editor; members = staff or partner; the public = anonymous.
 */
export const collectionPolicy = {
  // Settings: hostnames, locales and theme are admin business; editors keep navigation current.
  sites: { read: staffOr({ live: { equals: true } }), create: admins, update: staff, delete: admins },
  users: { read: adminsOrSelf, create: admins, update: adminsOrSelf, delete: admins },

  // Shared project facts: public, written by staff; a partner edits its own profile.
  objectives: { read: anyone, create: staff, update: staff, delete: staff },
  outcomes: { read: anyone, create: staff, update: staff, delete: staff },
  partners: { read: anyone, create: staff, update: staffOrOwnPartner, delete: staff },
  'work-packages': { read: anyone, create: staff, update: staff, delete: staff },
  categories: { read: anyone, create: staff, update: staff, delete: staff },
  media: { read: anyone, create: staffOrPartners, update: staff, delete: staff },

  // Partners-only material: SEN deliverables and the files marked restricted.
  deliverables: {
    read: membersOr({ disseminationLevel: { equals: 'PU' } }),
    create: staff,
    update: staff,
    delete: staff,
  },
  documents: {
    read: membersOr({ restricted: { not_equals: true } }),
    create: staff,
    update: staff,
    delete: staff,
  },

  // Site content with drafts: the public sees the published version, on a live site.
  news: { read: staffOr(publishedOnLiveSite), readVersions: staff, create: staff, update: staff, delete: staff },
  events: { read: staffOr(publishedOnLiveSite), readVersions: staff, create: staff, update: staff, delete: staff },
  pages: { read: staffOr(publishedOnLiveSite), readVersions: staff, create: staff, update: staff, delete: staff },

  // Newsletter: issues are public once sent; subscribers are never public.
  newsletters: { read: staffOr({ status: { equals: 'sent' } }), create: staff, update: staff, delete: staff },
  subscribers: { read: staff, create: staff, update: staff, delete: staff },

  // WP7 practices: partners submit, editors moderate, the public reads what is published.
  practices: { read: publishedOrOwnPractice, create: staffOrPartners, update: staff, delete: staff },
} satisfies Partial<Record<CollectionSlug, CollectionAccess>>

export const globalPolicy = {
  project: { read: anyone, update: staff, readVersions: staff },
} satisfies Partial<Record<GlobalSlug, GlobalAccess>>
