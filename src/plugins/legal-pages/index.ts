import { ValidationError, type CollectionBeforeValidateHook, type Config, type Plugin } from 'payload'

import { routeSegments } from './notices'

const taken = {
  en: 'This address belongs to a fixed page of the site (/{slug}): choose another slug.',
  fr: 'Cette adresse appartient à une page fixe du site (/{slug}) : choisissez un autre slug.',
  de: 'Diese Adresse gehört zu einer festen Seite der Website (/{slug}): Wählen Sie einen anderen Slug.',
  pt: 'Este endereço pertence a uma página fixa do site (/{slug}): escolha outro slug.',
  nl: 'Dit adres hoort bij een vaste pagina van de website (/{slug}): kies een andere slug.',
} as const

/** A page whose slug a fixed route takes would never be shown: refused, saying why. */
const refuseRouteSlugs: CollectionBeforeValidateHook = ({ data, req }) => {
  const slug = data?.slug
  if (typeof slug === 'string' && routeSegments.some((segment) => segment === slug.trim().toLowerCase())) {
    const message = Object.entries(taken).find(([code]) => code === req.i18n?.language)?.[1] ?? taken.en
    throw new ValidationError({
      collection: 'pages',
      errors: [{ path: 'slug', message: message.replace('{slug}', slug) }],
    })
  }
  return data
}

/**
 * Editors' pages and the sites' fixed routes never compete for an address: the accessibility
 * statement, privacy notice and legal notice are pages editors write, which their routes show
 * (sites/shared/pages/notices.tsx), and no page may take another route's address.
 */
export const legalPages =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug === 'pages'
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeValidate: [...(collection.hooks?.beforeValidate ?? []), refuseRouteSlugs],
            },
          }
        : collection,
    ),
  })
