import { getTranslation } from '@payloadcms/translations'
import type { UIFieldServerComponent } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'

import { localizedPaths } from './localizedPaths'
import { storedTranslations, untranslatedIn } from './missingLocales'
import { languageLabels, translationStatusText } from './strings'

/**
 * The edit view's sidebar: which fields still show English in the language being edited, by the
 * same rule as the list's "Missing translations" and the public pages' English stand-ins.
 */
export const UntranslatedFields: UIFieldServerComponent = async ({ collectionSlug, i18n, id, payload, req }) => {
  const t = translationStatusText(i18n.t)
  const locale = req.locale
  const collection = Object.values(payload.collections).find(({ config }) => config.slug === collectionSlug)?.config
  if (!collection || !isLocale(locale)) return null
  const language = languageLabels[locale][isLocale(i18n.language) ? i18n.language : defaultLocale]
  let body
  if (locale === defaultLocale) body = <p>{t('translationStatus:source')}</p>
  else if (id === undefined) body = <p>{t('translationStatus:saveFirst')}</p>
  else {
    const paths = localizedPaths(collection.fields)
    const doc = await storedTranslations(req, collection, id)
    const untranslated = untranslatedIn(
      doc,
      paths.map(({ path }) => path),
      locale,
    )
    const labelOf = (path: string) =>
      (paths.find((candidate) => candidate.path === path)?.trail ?? [])
        .map((field) =>
          'label' in field && field.label ? getTranslation(field.label, i18n) : 'name' in field ? field.name : '',
        )
        .join(' › ')
    body = untranslated.length ? (
      <>
        <p>{t('translationStatus:showsEnglish', { language })}</p>
        <ul data-untranslated>
          {untranslated.map((path) => (
            <li key={path}>{labelOf(path)}</li>
          ))}
        </ul>
      </>
    ) : (
      <p>{t('translationStatus:complete', { language })}</p>
    )
  }
  return (
    <section aria-labelledby="untranslated-heading" className="field-type untranslated-fields">
      <h3 id="untranslated-heading">{t('translationStatus:heading')}</h3>
      {body}
    </section>
  )
}
