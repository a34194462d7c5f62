import { getTranslations } from 'next-intl/server'

/** Says, in the reader's language, that some of the page is shown in English for now. */
export const TranslationNotice = async ({ show }: { show: boolean }) => {
  if (!show) return null
  const t = await getTranslations('fallback')
  return (
    <p className="notice" role="note">
      {t('pageNotice')}
    </p>
  )
}
