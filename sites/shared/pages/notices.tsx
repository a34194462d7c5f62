import { getTranslations } from 'next-intl/server'

import { definePage } from '../definePage'

/** The accessibility statement, privacy notice and legal notice: fixed texts, on both sites, in every language. */
export const noticeNames = ['accessibility', 'privacy', 'legal'] as const

export type Notice = (typeof noticeNames)[number]

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

export const notices = Object.fromEntries(noticeNames.map((notice) => [notice, noticePage(notice)])) as Record<
  Notice,
  ReturnType<typeof noticePage>
>
