import type { Field } from 'payload'

/** A localised field's dotted path and the fields it sits in (for its label: "Venue › City"). */
export type LocalizedPath = { path: string; trail: Field[] }

/**
 * The localised fields that hold text per locale: top-level, in groups and named tabs, and
 * through rows, collapsibles and unnamed tabs. Fields inside arrays and blocks are left out: their
 * rows are shared across locales, so a row is not a field an editor could be told to translate.
 */
export const localizedPaths = (fields: Field[], prefix = '', trail: Field[] = []): LocalizedPath[] =>
  fields.flatMap((field): LocalizedPath[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? localizedPaths(tab.fields, `${prefix}${tab.name}.`, trail)
          : localizedPaths(tab.fields, prefix, trail),
      )
    if (field.type === 'row' || field.type === 'collapsible') return localizedPaths(field.fields, prefix, trail)
    // Switches (the slug's "generate from title") and hidden fields are no text to translate.
    if (!('name' in field) || field.type === 'ui' || field.type === 'checkbox' || field.hidden) return []
    const path = `${prefix}${field.name}`
    if ('localized' in field && field.localized) return [{ path, trail: [...trail, field] }]
    if (field.type === 'group') return localizedPaths(field.fields, `${path}.`, [...trail, field])
    return []
  })
