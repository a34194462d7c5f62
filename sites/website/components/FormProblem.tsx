import { getTranslations } from 'next-intl/server'

import type { FormErrorKey } from '@/public-write/problemText'

/**
 * Why a form posted without JavaScript was refused, on the page it lands on: the problem in the
 * reader's language, and how to get back to what they typed.
 */
export async function FormProblem({
  reason,
  heading: Heading = 'h2',
  typed = true,
}: {
  reason: FormErrorKey
  heading?: 'h1' | 'h2'
  /** Whether the reader typed anything the Back button would bring back. */
  typed?: boolean
}) {
  const t = await getTranslations('formErrors')
  return (
    <div role="alert" className="notice form-problem">
      <Heading>{t('title')}</Heading>
      <p>{t(reason)}</p>
      {typed && <p>{t('backKeepsText')}</p>}
    </div>
  )
}
