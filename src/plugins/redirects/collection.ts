import type { CollectionConfig, PayloadRequest, TextFieldSingleValidation } from 'payload'

import { collectionPolicy } from '@/access/policy'

import { collapseInto, finalTarget, redirectFrom } from './chains'
import { refusal } from './messages'
import { isLocalPath, normalisePath } from './paths'

const siteOf = (site: unknown) =>
  typeof site === 'number'
    ? site
    : typeof site === 'object' && site && 'id' in site && typeof site.id === 'number'
      ? site.id
      : null

/** A value of the document being validated (its type is not known to a field's validation). */
const valueIn = (data: unknown, name: 'site' | 'from') =>
  typeof data === 'object' && data !== null ? Object.entries(data).find(([key]) => key === name)?.[1] : undefined

const validFrom: TextFieldSingleValidation = async (value, { req, data, id }) => {
  if (!value || !isLocalPath(value)) return refusal(req, 'notPath')
  const site = siteOf(valueIn(data, 'site'))
  const existing = site === null ? null : await redirectFrom(req, site, normalisePath(value))
  return existing && existing.id !== id ? refusal(req, 'taken') : true
}

const validTo: TextFieldSingleValidation = async (value, { req, data }) => {
  if (!value || !isLocalPath(value)) return refusal(req, 'notPath')
  const given = valueIn(data, 'from')
  const from = typeof given === 'string' ? normalisePath(given) : null
  const to = normalisePath(value)
  if (from === to) return refusal(req, 'self')
  const site = siteOf(valueIn(data, 'site'))
  if (from === null || site === null) return true
  return (await finalTarget(req, site, from, to)) === 'loop' ? refusal(req, 'loop') : true
}

const label = (en: string, fr: string, de: string, pt: string, nl: string) => ({ en, fr, de, pt, nl })

/**
 * Permanent redirects of the public sites, per site: made by hand, and by the sites themselves
 * when a document's slug changes (./slugChanges.ts). Stored collapsed: each leads to an address
 * that does not redirect again.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  access: collectionPolicy.redirects,
  labels: {
    singular: label('Redirect', 'Redirection', 'Weiterleitung', 'Redirecionamento', 'Doorverwijzing'),
    plural: label('Redirects', 'Redirections', 'Weiterleitungen', 'Redirecionamentos', 'Doorverwijzingen'),
  },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'site', 'updatedAt'],
    group: label('Settings', 'Paramètres', 'Einstellungen', 'Definições', 'Instellingen'),
    description: label(
      'Old addresses sent on permanently (308) to the new one, where the old address would otherwise be “not found”. A slug change adds them by itself.',
      'Anciennes adresses renvoyées définitivement (308) vers la nouvelle, là où l’ancienne serait sinon « introuvable ». Un changement de slug les ajoute de lui-même.',
      'Alte Adressen, die dauerhaft (308) auf die neue weiterleiten, wo die alte sonst „nicht gefunden“ wäre. Eine Slug-Änderung legt sie selbst an.',
      'Endereços antigos reencaminhados de forma permanente (308) para o novo, onde o antigo daria «não encontrado». Uma alteração de slug acrescenta-os sozinha.',
      'Oude adressen die permanent (308) naar het nieuwe doorsturen, waar het oude anders „niet gevonden” zou geven. Een gewijzigde slug voegt ze zelf toe.',
    ),
  },
  fields: [
    {
      name: 'site',
      type: 'relationship',
      relationTo: 'sites',
      required: true,
      index: true,
      label: label('Site', 'Site', 'Website', 'Site', 'Website'),
    },
    {
      name: 'from',
      type: 'text',
      required: true,
      index: true,
      validate: validFrom,
      label: label('From', 'De', 'Von', 'De', 'Van'),
      admin: {
        description: label(
          'e.g. /en/news/old-title',
          'p. ex. /fr/news/ancien-titre',
          'z. B. /de/news/alter-titel',
          'p. ex. /pt/news/titulo-antigo',
          'bijv. /nl/news/oude-titel',
        ),
      },
    },
    {
      name: 'to',
      type: 'text',
      required: true,
      validate: validTo,
      label: label('To', 'Vers', 'Nach', 'Para', 'Naar'),
      admin: {
        description: label(
          'e.g. /en/news/new-title',
          'p. ex. /fr/news/nouveau-titre',
          'z. B. /de/news/neuer-titel',
          'p. ex. /pt/news/titulo-novo',
          'bijv. /nl/news/nieuwe-titel',
        ),
      },
    },
  ],
  hooks: {
    beforeChange: [
      async ({ data, req }) => {
        const site = siteOf(data.site)
        const from = normalisePath(String(data.from))
        const to = normalisePath(String(data.to))
        // Validated already: following the stored redirects ends somewhere other than `from`.
        const target = site === null ? to : await finalTarget(req, site, from, to)
        return { ...data, from, to: target === 'loop' ? to : target }
      },
    ],
    afterChange: [
      async ({ doc, req }: { doc: { site: unknown; from: string; to: string }; req: PayloadRequest }) => {
        const site = siteOf(doc.site)
        if (site !== null) await collapseInto(req, site, doc.from, doc.to)
      },
    ],
  },
}
