import { getTranslations } from 'next-intl/server'

import { countryCodes } from '@/fields/countries'
import type { Locale } from '@/i18n/locales'
import type { Course, CourseEdition } from '@/payload-types'
import { emailMaxLength } from '@/public-forms/formFields'
import { registrationTextLimits } from '@/plugins/training/registration/limits'
import { trainingPaths } from '@/plugins/training/paths'
import { countryName } from '@sites/shared/format'
import { ConsentAndSubmit } from '@sites/shared/forms/ConsentAndSubmit'

/**
 * Registration for one edition: a plain HTML form (it works without JavaScript; the endpoint
 * answers it with the result page), its fields checked as they are filled in by the sites' script
 * (`data-enhance="check"`, sites/enhance). The roles offered are the course's audiences.
 */
export async function TrainingForm({
  locale,
  course,
  edition,
}: {
  locale: Locale
  course: Course
  edition: CourseEdition
}) {
  const t = await getTranslations({ locale, namespace: 'training' })
  const id = `register-${edition.id}`
  const countries = countryCodes
    .map((code) => ({ value: code, label: countryName(locale, code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, locale))
  return (
    <form
      className="training-form"
      method="post"
      action={trainingPaths.registrations}
      aria-labelledby={`${id}-title`}
      data-enhance="check"
    >
      <h4 id={`${id}-title`}>{t('register', { edition: edition.title })}</h4>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="edition" value={edition.id} />
      <p>
        <label htmlFor={`${id}-name`}>{t('name')}</label>
        <input id={`${id}-name`} name="name" required maxLength={registrationTextLimits.name} autoComplete="name" />
      </p>
      <p>
        <label htmlFor={`${id}-email`}>{t('email')}</label>
        <input id={`${id}-email`} type="email" name="email" required maxLength={emailMaxLength} autoComplete="email" />
      </p>
      <p>
        <label htmlFor={`${id}-organisation`}>{t('organisation')}</label>
        <input
          id={`${id}-organisation`}
          name="organisation"
          maxLength={registrationTextLimits.organisation}
          autoComplete="organization"
        />
      </p>
      <p>
        <label htmlFor={`${id}-country`}>{t('country')}</label>
        <select id={`${id}-country`} name="country" required defaultValue="">
          <option value="" disabled>
            {t('chooseCountry')}
          </option>
          {countries.map((country) => (
            <option key={country.value} value={country.value}>
              {country.label}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={`${id}-role`}>{t('role')}</label>
        <select id={`${id}-role`} name="role" required defaultValue="">
          <option value="" disabled>
            {t('chooseRole')}
          </option>
          {(course.audiences ?? []).map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </p>
      <p>{t('waitingNote')}</p>
      <ConsentAndSubmit id={id} consent={t('consent')} submit={t('submit')} consentClassName="choice" />
    </form>
  )
}
