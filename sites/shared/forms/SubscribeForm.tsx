import { apiPaths } from '@/plugins/public-api/paths'
import { emailMaxLength } from '@/public-forms/formFields'

import { ConsentAndSubmit } from './ConsentAndSubmit'

type Strings = {
  email: string
  consent: string
  submit: string
  sending: string
  accepted: string
  failed: string
}

/**
 * The newsletter sign-up on the project site. A plain HTML form: without JavaScript the endpoint
 * redirects to a result page; with the sites' script (`data-enhance`, sites/enhance) its fields
 * are checked as they are filled in, and it stays on the page and announces the answer in its live
 * region (the `data-` strings). The hidden fields are what the endpoint records.
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
  return (
    <form
      className="subscribe"
      method="post"
      action={apiPaths.subscriptions}
      data-enhance=""
      data-sending={strings.sending}
      data-done={strings.accepted}
      data-failed={strings.failed}
    >
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
        consentClassName="consent"
        statusClassName="status"
      />
    </form>
  )
}
