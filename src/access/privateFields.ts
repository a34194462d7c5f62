import type { Field } from 'payload'

import { privateFields, type PrivateFieldsOf } from './policy'
import { staffField } from './rules'

/** Staff read the field and everything inside it, so no nested path can be asked for on its own. */
const readByStaff = (field: Field): Field => {
  const marked = Object.assign({}, field, { access: { ...('access' in field ? field.access : {}), read: staffField } })
  return 'fields' in marked ? Object.assign(marked, { fields: marked.fields.map(readByStaff) }) : marked
}

const mark = (fields: Field[], paths: string[], found: Set<string>, prefix = ''): Field[] =>
  fields.map((field) => {
    if (!('name' in field)) return field
    const path = `${prefix}${field.name}`
    if (paths.includes(path)) {
      found.add(path)
      return readByStaff(field)
    }
    if ('fields' in field && paths.some((wanted) => wanted.startsWith(`${path}.`)))
      return Object.assign({}, field, { fields: mark(field.fields, paths, found, `${path}.`) })
    return field
  })

/**
 * A collection's fields with read access taken from the policy's table of private fields. A
 * path in the table that names no field is a mistake in the policy, so it stops the config.
 */
export const withPrivateFields = (collection: PrivateFieldsOf, fields: Field[]): Field[] => {
  const paths: readonly string[] = privateFields[collection]
  const found = new Set<string>()
  const marked = mark(fields, [...paths], found)
  const missing = paths.filter((path) => !found.has(path))
  if (missing.length) throw new Error(`privateFields.${collection} names no such field: ${missing.join(', ')}`)
  return marked
}
