import type { GroupField } from 'payload'

/** The limits search engines show in full; longer texts are cut in results, so the preview warns. */
export const metaLimits = { title: 60, description: 160 } as const

/**
 * What search results and share cards show of one document, per language: each part left empty
 * falls back to the document's own title, summary and image (sites/shared/metadata.ts). Named
 * `meta` with `title`, `description` and `image`, as @payloadcms/plugin-seo names them.
 */
export const metaField: GroupField = {
  name: 'meta',
  type: 'group',
  label: {
    en: 'Search and sharing',
    fr: 'Recherche et partage',
    de: 'Suche und Teilen',
    pt: 'Pesquisa e partilha',
    nl: 'Zoeken en delen',
  },
  admin: {
    description: {
      en: 'Leave empty to use the title, summary and image.',
      fr: 'Laissez vide pour utiliser le titre, le résumé et l’image.',
      de: 'Leer lassen, um Titel, Zusammenfassung und Bild zu verwenden.',
      pt: 'Deixe vazio para usar o título, o resumo e a imagem.',
      nl: 'Laat leeg om de titel, de samenvatting en de afbeelding te gebruiken.',
    },
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      label: { en: 'Meta title', fr: 'Titre (méta)', de: 'Meta-Titel', pt: 'Título (meta)', nl: 'Metatitel' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: {
        en: 'Meta description',
        fr: 'Description (méta)',
        de: 'Meta-Beschreibung',
        pt: 'Descrição (meta)',
        nl: 'Metabeschrijving',
      },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      localized: true,
      label: {
        en: 'Share image',
        fr: 'Image de partage',
        de: 'Vorschaubild',
        pt: 'Imagem de partilha',
        nl: 'Deelafbeelding',
      },
    },
    {
      name: 'preview',
      type: 'ui',
      label: {
        en: 'Search result preview',
        fr: 'Aperçu du résultat de recherche',
        de: 'Vorschau des Suchergebnisses',
        pt: 'Pré-visualização do resultado de pesquisa',
        nl: 'Voorbeeld van het zoekresultaat',
      },
      admin: { components: { Field: '/src/plugins/seo/SearchPreview#SearchPreview' } },
    },
  ],
}
