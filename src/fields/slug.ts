import { slugField } from 'payload'

/**
 * A per-locale URL slug made from the title. Not required at validation: Payload fills it from
 * the title in a later hook, so API clients may leave it out.
 */
export const localizedSlug = () => slugField({ localized: true, required: false, position: 'sidebar' })
