import type { CollectionConfig, CollectionSlug, GlobalConfig, GlobalSlug } from 'payload'

import {
  admins,
  adminsOrSelf,
  anyone,
  membersOr,
  nobody,
  publishedOnLiveSite,
  publishedOrOwnPractice,
  staff,
  staffOr,
  staffOrOwnPartner,
  staffOrPartners,
  staffRequest,
} from './rules'

type CollectionAccess = NonNullable<CollectionConfig['access']>
type GlobalAccess = NonNullable<GlobalConfig['access']>

/** The same rule for every write. */
const writtenBy = (rule: typeof staff) => ({ create: rule, update: rule, delete: rule })

/**
 * Version history holds every earlier text: drafts, SEN deliverables before they were public,
 * a practice's contact person. Staff only, whoever may read the live document (Payload's own
 * default would open it to every signed-in partner).
 */
const historyForStaff = { readVersions: staff }

/**
 * Who may do what, in one table. Every collection and global takes its `access` from here;
 * tests/int/access-policy.test.ts states the same table independently, as the specification.
 *
 * Read it as: staff = admin or editor; members = staff or partner; the public = anonymous.
 */
export const collectionPolicy = {
  // Settings: hostnames, locales and theme are admin business; editors keep navigation current.
  sites: { read: staffOr({ live: { equals: true } }), create: admins, update: staff, delete: admins },
  // Unlocking an account (after failed sign-ins) is admin business: no one lifts a lock on another's guessing.
  // Redirects name old and unpublished addresses: staff business, applied by the sites with the system's rights.
  redirects: { read: staff, ...writtenBy(staff) },
  users: { read: adminsOrSelf, create: admins, update: adminsOrSelf, delete: admins, unlock: admins },

  // Shared project facts: public, written by staff; a partner edits its own profile.
  objectives: { read: anyone, ...writtenBy(staff), ...historyForStaff },
  outcomes: { read: anyone, ...writtenBy(staff), ...historyForStaff },
  partners: { read: anyone, create: staff, update: staffOrOwnPartner, delete: staff, ...historyForStaff },
  'work-packages': { read: anyone, ...writtenBy(staff), ...historyForStaff },
  categories: { read: anyone, ...writtenBy(staff), ...historyForStaff },
  media: { read: anyone, create: staffOrPartners, update: staff, delete: staff },

  // Partners-only material: SEN deliverables and the files marked restricted.
  deliverables: { read: membersOr({ disseminationLevel: { equals: 'PU' } }), ...writtenBy(staff), ...historyForStaff },
  documents: { read: membersOr({ restricted: { not_equals: true } }), ...writtenBy(staff), ...historyForStaff },

  // Site content with drafts: the public sees the published version, on a live site.
  news: { read: staffOr(publishedOnLiveSite), ...writtenBy(staff), ...historyForStaff },
  events: { read: staffOr(publishedOnLiveSite), ...writtenBy(staff), ...historyForStaff },
  pages: { read: staffOr(publishedOnLiveSite), ...writtenBy(staff), ...historyForStaff },

  // Newsletter: issues are public once sent. Subscribers are never public and exist only through
  // the double opt-in (so no one is added without consent); admins may correct one, staff delete
  // one on request. The delivery ledger is the sender's alone.
  newsletters: { read: staffOr({ status: { equals: 'sent' } }), ...writtenBy(staff), ...historyForStaff },
  subscribers: { read: staff, create: nobody, update: admins, delete: staff },
  'newsletter-batches': { read: staff, ...writtenBy(nobody) },

  // WP7 practices: partners submit, editors moderate, the public reads what is published.
  practices: {
    read: publishedOrOwnPractice,
    create: staffOrPartners,
    update: staff,
    delete: staff,
    ...historyForStaff,
  },

  // Training: the course and its editions are public. Participants are never public nor shown to
  // partners, and exist only through the public registration; organisers (staff) correct them and
  // mark attendance. Certificates are verified by code on a public page, never listed.
  courses: { read: anyone, ...writtenBy(staff), ...historyForStaff },
  'course-editions': { read: anyone, ...writtenBy(staff), ...historyForStaff },
  registrations: { read: staff, create: nobody, update: staff, delete: staff },
  certificates: { read: staff, create: nobody, update: staff, delete: admins },
} satisfies Partial<Record<CollectionSlug, CollectionAccess>>

/**
 * Personal data inside documents: read by staff only, whatever the document's own rule says, by
 * every API, relationship and join; nobody else may query or sort by it either (it would be
 * found out letter by letter). Collections take these fields' read access from here
 * (src/access/privateFields.ts). A practice is published with its organisation, never with its
 * contact person, submission record or submitter. Subscribers and the delivery ledger are
 * private as whole collections too; their entries keep the addresses private should that change.
 * Users need no entry: a user is read only by admins and by itself.
 */
export const privateFields = {
  practices: ['contact.name', 'contact.email', 'submission', 'submittedBy'],
  subscribers: ['email', 'statusReason', 'consent'],
  'newsletter-batches': ['deliveries', 'lastError'],
  'course-editions': ['joiningUrl'],
  registrations: ['name', 'email', 'organisation', 'consent'],
} as const satisfies Partial<Record<CollectionSlug, readonly string[]>>

export type PrivateFieldsOf = keyof typeof privateFields

/** Payload's job queue (scheduled publishing): staff only, not every signed-in user. */
export const jobsPolicy = { queue: staffRequest, run: staffRequest, cancel: staffRequest }

export const globalPolicy = {
  project: { read: anyone, update: staff, readVersions: staff },
} satisfies Partial<Record<GlobalSlug, GlobalAccess>>
