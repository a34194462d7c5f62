import { getTranslations } from 'next-intl/server'

import { pageRoutes } from '@/plugins/site-cache/routes'
import { verifyCertificate } from '@/plugins/training/certificates/verification'
import { definePage, type PageContext } from '@sites/shared/definePage'

import './training.css'

/**
 * The public check of a certificate (its QR code leads here): valid or revoked, for whom and for
 * which course. An unknown code is a 404 that says so. Never stored by a cache, so a
 * revocation shows at once.
 */
export const certificatePage = definePage({
  site: 'wayout',
  path: ({ code }: { code: string }) => `/certificates/${code}`,
  route: pageRoutes.certificate,
  section: '/training',
  unindexed: 'private',
  load: async ({ params, reader, locale }: PageContext<{ code: string }>) =>
    verifyCertificate(reader.payload, decodeURIComponent(params.code), locale),
  notFound: async () => {
    const t = await getTranslations('certificate')
    return { title: t('unknownTitle'), text: t('unknown') }
  },
  head: async ({ code }, { locale }) => ({
    title: (await getTranslations({ locale, namespace: 'certificate' }))('pageTitle', { code }),
  }),
  view: async ({ code, valid, name, course }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'certificate' })
    return (
      <>
        <h1>{t('pageTitle', { code })}</h1>
        <p className="notice" role="status">
          <strong>{valid ? t('valid') : t('revoked')}</strong>
        </p>
        <dl className="training-details">
          <dt>{t('issuedTo')}</dt>
          <dd>{name}</dd>
          <dt>{t('course')}</dt>
          <dd>{course}</dd>
        </dl>
      </>
    )
  },
})
