import { getTranslations } from 'next-intl/server'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { certificateDownloadUrl } from '@/plugins/training/certificates/download'
import { participantView } from '@/plugins/training/registration/participant'
import { trainingPaths } from '@/plugins/training/paths'
import { sessionText } from '@/plugins/training/sessions'

/** The participant's own page: their registration, the joining link once seated, the cancel and erase buttons. */
export async function ParticipantDetails({
  locale,
  payload,
  id,
  token,
}: {
  locale: Locale
  payload: Payload
  id: string
  token: string
}) {
  const [t, tc] = await Promise.all([
    getTranslations({ locale, namespace: 'training' }),
    getTranslations({ locale, namespace: 'certificate' }),
  ])
  const view = await participantView(payload, id, locale)
  const button = (action: string, label: string) => (
    <form method="post" action={action}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit">{label}</button>
    </form>
  )
  if (!view)
    return (
      <>
        <h1>{t('erasedTitle')}</h1>
        <p>{t('erased')}</p>
      </>
    )
  const erase = (
    <>
      <p>{t('eraseText')}</p>
      {button(trainingPaths.erase, t('eraseAction'))}
    </>
  )
  if (view.registration.status === 'cancelled')
    return (
      <>
        <h1>{t('cancelledTitle')}</h1>
        <p>{t('cancelled')}</p>
        {erase}
      </>
    )
  const { registration, edition, course, joiningUrl, hasCertificate } = view
  return (
    <>
      <h1>{t('participantTitle')}</h1>
      <dl className="training-details">
        <dt>{t('name')}</dt>
        <dd>{registration.name}</dd>
        <dt>{course.title}</dt>
        <dd>{edition.title}</dd>
        <dt>{t('statusLabel')}</dt>
        <dd>{t(`status.${registration.status}`)}</dd>
        <dt>{t('sessions')}</dt>
        <dd>
          <ul>
            {edition.sessions.map((session) => (
              <li key={session.id}>{sessionText(session, locale)}</li>
            ))}
          </ul>
        </dd>
        {joiningUrl && (
          <>
            <dt>{t('joiningLabel')}</dt>
            <dd>
              <a href={joiningUrl}>{joiningUrl}</a>
            </dd>
          </>
        )}
      </dl>
      {hasCertificate && (
        <p>
          <a href={certificateDownloadUrl('', token)} download>
            {tc('download')}
          </a>
        </p>
      )}
      <p>{t('cancelText')}</p>
      {button(trainingPaths.cancel, t('cancelAction'))}
      {erase}
    </>
  )
}
