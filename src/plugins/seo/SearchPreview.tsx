'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'

import { metaLimits } from './fields'

const strings = {
  en: { heading: 'Search result preview', tooLong: 'Longer than search results show' },
  fr: { heading: 'Aperçu du résultat de recherche', tooLong: 'Plus long que ce qu’affichent les résultats' },
  de: { heading: 'Vorschau des Suchergebnisses', tooLong: 'Länger, als Suchergebnisse zeigen' },
  pt: { heading: 'Pré-visualização do resultado de pesquisa', tooLong: 'Mais longo do que os resultados mostram' },
  nl: { heading: 'Voorbeeld van het zoekresultaat', tooLong: 'Langer dan zoekresultaten tonen' },
} as const

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** How a search engine would show this document: the meta texts, or the title and summary they default to. */
export const SearchPreview = () => {
  const { i18n } = useTranslation()
  const t = Object.entries(strings).find(([code]) => code === i18n.language)?.[1] ?? strings.en
  const [title, description, slug] = useFormFields(([fields]) => [
    text(fields['meta.title']?.value) || text(fields.title?.value),
    text(fields['meta.description']?.value) || text(fields.summary?.value) || text(fields.description?.value),
    text(fields.slug?.value),
  ])
  return (
    <div className="field-type" data-testid="search-preview">
      <p className="field-label">{t.heading}</p>
      <div style={{ fontFamily: 'arial, sans-serif', maxWidth: 600, padding: '0.75rem 0' }}>
        <div style={{ color: 'var(--theme-elevation-600)', fontSize: 14 }}>{slug ? `… › ${slug}` : '…'}</div>
        <div style={{ color: '#1a0dab', fontSize: 20, lineHeight: 1.3 }}>{title}</div>
        <div style={{ fontSize: 14, lineHeight: 1.58 }}>{description}</div>
      </div>
      {(title.length > metaLimits.title || description.length > metaLimits.description) && (
        <p role="status" style={{ color: 'var(--theme-warning-500)' }}>
          {t.tooLong} ({metaLimits.title} / {metaLimits.description})
        </p>
      )}
    </div>
  )
}
