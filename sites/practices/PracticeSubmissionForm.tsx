import { apiPaths } from '@/plugins/public-api/paths'
import { emailMaxLength } from '@/public-forms/formFields'
import { ConsentAndSubmit } from '@sites/shared/forms/ConsentAndSubmit'

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
 * The WP7 submission form. A plain HTML form that works without JavaScript (refusals and the
 * receipt are pages); with the sites' script (`data-enhance`, sites/enhance) its fields are checked
 * as they are filled in, a refusal is shown beside the field at fault (which gets the focus, and
 * everything typed stays), and once sent the form gives way to the answer.
 * Its length limits are the Practices collection's (passed in by SubmitPracticeForm).
 */
export function PracticeSubmissionForm({
  locale,
  countries,
  settings,
  strings,
  limits,
}: PracticeFormProps & { limits: typeof practiceTextLimits }) {
  return (
    <form
      className="submit-practice"
      method="post"
      action={apiPaths.practiceSubmissions}
      data-enhance=""
      data-replace-when-done=""
      data-sending={strings.sending}
      data-done={strings.sent}
      data-failed={strings.failed}
    >
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
      <ConsentAndSubmit id="practice" consent={strings.consent} submit={strings.submit} consentClassName="choice" />
    </form>
  )
}
