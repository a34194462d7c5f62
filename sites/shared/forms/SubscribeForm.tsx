'use client'

import { apiPaths } from '@/plugins/public-api/paths'
import { emailMaxLength } from '@/public-forms/formFields'

import { ConsentAndSubmit } from './ConsentAndSubmit'
import { usePublicForm } from './usePublicForm'

type Strings = {
  email: string
  consent: string
  submit: string
  sending: string
  accepted: string
  failed: string
}

/**
 * The newsletter sign-up on the project site. It is a plain HTML form (it works without
 * JavaScript: the endpoint then redirects to a result page); with JavaScript it stays on the page
 * and announces the answer in a live region. The hidden fields are what the endpoint records.
 */
export function SubscribeForm({
  locale,
  consentVersion,
  strings,
}: {
  locale: string
  consentVersion: string
  strings: Strings
}) {
  const { status, busy, submit } = usePublicForm(apiPaths.subscriptions, {
    sending: strings.sending,
    done: strings.accepted,
    failed: strings.failed,
  })

  return (
    <form className="subscribe" method="post" action={apiPaths.subscriptions} onSubmit={submit}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="consentVersion" value={consentVersion} />
      <input type="hidden" name="source" value="website" />
      <p>
        <label htmlFor="subscribe-email">{strings.email}</label>
        <input
          id="subscribe-email"
          type="email"
          name="email"
          required
          autoComplete="email"
          maxLength={emailMaxLength}
        />
      </p>
      <ConsentAndSubmit
        id="subscribe"
        consent={strings.consent}
        submit={strings.submit}
        busy={busy}
        status={status}
        consentClassName="consent"
        statusClassName="status"
      />
    </form>
  )
}
