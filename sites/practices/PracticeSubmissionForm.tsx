'use client'

import { apiPaths } from '@/plugins/public-api/paths'
import { emailMaxLength } from '@/public-forms/formFields'
import { ConsentAndSubmit } from '@sites/shared/forms/ConsentAndSubmit'
import { usePublicForm } from '@sites/shared/forms/usePublicForm'

import type { practiceTextLimits } from '@collections/Practices'

type Option = { value: string; label: string }

export type SubmitPracticeStrings = Record<
  | 'practiceTitle'
  | 'country'
  | 'chooseCountry'
  | 'setting'
  | 'targetGroup'
  | 'approach'
  | 'evidence'
  | 'contactName'
  | 'organisation'
  | 'email'
  | 'consent'
  | 'submit'
  | 'sending'
  | 'sent'
  | 'failed',
  string
>

export type PracticeFormProps = {
  locale: string
  countries: Option[]
  settings: Option[]
  strings: SubmitPracticeStrings
}

/**
 * The WP7 submission form. A plain HTML form that works without JavaScript; with it, errors are
 * shown beside the form (which keeps everything typed) and the field at fault gets the focus.
 * Its length limits are the Practices collection's (passed in by SubmitPracticeForm).
 */
export function PracticeSubmissionForm({
  locale,
  countries,
  settings,
  strings,
  limits,
}: PracticeFormProps & { limits: typeof practiceTextLimits }) {
  const { status, busy, done, submit, statusRef } = usePublicForm(
    apiPaths.practiceSubmissions,
    { sending: strings.sending, done: strings.sent, failed: strings.failed },
    { focusAnswer: true },
  )

  if (done)
    return (
      <p role="status" className="notice" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
    )

  return (
    <form className="submit-practice" method="post" action={apiPaths.practiceSubmissions} onSubmit={submit}>
      <input type="hidden" name="locale" value={locale} />
      <p>
        <label htmlFor="practice-title">{strings.practiceTitle}</label>
        <input id="practice-title" name="title" required maxLength={limits.title} />
      </p>
      <p>
        <label htmlFor="practice-country">{strings.country}</label>
        <select id="practice-country" name="country" required defaultValue="">
          <option value="" disabled>
            {strings.chooseCountry}
          </option>
          {countries.map((country) => (
            <option key={country.value} value={country.value}>
              {country.label}
            </option>
          ))}
        </select>
      </p>
      <fieldset>
        <legend>{strings.setting}</legend>
        {settings.map((setting) => (
          <p key={setting.value} className="choice">
            <input id={`practice-setting-${setting.value}`} type="checkbox" name="setting" value={setting.value} />
            <label htmlFor={`practice-setting-${setting.value}`}>{setting.label}</label>
          </p>
        ))}
      </fieldset>
      <p>
        <label htmlFor="practice-target">{strings.targetGroup}</label>
        <input id="practice-target" name="targetGroup" required maxLength={limits.targetGroup} />
      </p>
      <p>
        <label htmlFor="practice-approach">{strings.approach}</label>
        <textarea id="practice-approach" name="approach" required maxLength={limits.approach} rows={8} />
      </p>
      <p>
        <label htmlFor="practice-evidence">{strings.evidence}</label>
        <textarea id="practice-evidence" name="evidence" maxLength={limits.evidence} rows={5} />
      </p>
      <p>
        <label htmlFor="practice-name">{strings.contactName}</label>
        <input id="practice-name" name="contactName" required maxLength={limits.contactName} autoComplete="name" />
      </p>
      <p>
        <label htmlFor="practice-organisation">{strings.organisation}</label>
        <input
          id="practice-organisation"
          name="organisation"
          maxLength={limits.organisation}
          autoComplete="organization"
        />
      </p>
      <p>
        <label htmlFor="practice-email">{strings.email}</label>
        <input id="practice-email" type="email" name="email" required maxLength={emailMaxLength} autoComplete="email" />
      </p>
      <ConsentAndSubmit
        id="practice"
        consent={strings.consent}
        submit={strings.submit}
        busy={busy}
        status={status}
        consentClassName="choice"
        statusRef={statusRef}
      />
    </form>
  )
}
