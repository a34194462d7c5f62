import { getTranslations } from 'next-intl/server'

import type { FormErrorKey } from '@/public-forms/problemText'

/**
 * Why a form posted without JavaScript was refused, on the page it lands on, in the reader's
 * language: for a form, how to get back to what was typed; for a button on an emailed link's
 * page, nothing was typed.
 */
export async function FormProblem({
  reason,
  heading: Heading = 'h2',
  from = 'form',
}: {
  reason: FormErrorKey
  heading?: 'h1' | 'h2'
  from?: 'form' | 'link'
}) {
  const t = await getTranslations('formErrors')
  return (
    <div role="alert" className="notice form-problem">
      <Heading>{t(from === 'form' ? 'title' : 'linkTitle')}</Heading>
      <p>{t(reason)}</p>
      {from === 'form' && <p>{t('backKeepsText')}</p>}
    </div>
  )
}
