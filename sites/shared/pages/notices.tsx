import { getTranslations } from 'next-intl/server'

import { definePage } from '../definePage'

type Notice = 'accessibility' | 'privacy' | 'legal'

/** The accessibility statement, privacy notice and legal notice: fixed texts, on both sites, in every language. */
const noticePage = (notice: Notice) =>
  definePage({
    site: 'any',
    path: `/${notice}`,
    head: async (_data, { locale }) => ({
      title: (await getTranslations({ locale, namespace: 'legal' }))(`${notice}Title`),
    }),
    view: async (_data, { locale }) => {
      const t = await getTranslations({ locale, namespace: 'legal' })
      return (
        <div className="prose">
          <h1>{t(`${notice}Title`)}</h1>
          <p>{t(`${notice}Text`)}</p>
        </div>
      )
    },
  })

/** In the order the footer links them. */
export const notices = {
  accessibility: noticePage('accessibility'),
  privacy: noticePage('privacy'),
  legal: noticePage('legal'),
}
