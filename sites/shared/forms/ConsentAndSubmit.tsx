import { consentField, honeypotField } from '@/public-forms/formFields'

/**
 * The end of every public site form: the consent checkbox, the honeypot, the submit button and
 * the live region where the sites' script (sites/enhance) announces the answer. `id` prefixes the
 * elements' ids, so two forms can share a page.
 */
export function ConsentAndSubmit({
  id,
  consent,
  submit,
  consentClassName,
  statusClassName,
}: {
  id: string
  consent: string
  submit: string
  consentClassName: string
  statusClassName?: string
}) {
  return (
    <>
      <p className={consentClassName}>
        <input id={`${id}-consent`} type="checkbox" name={consentField} required />
        <label htmlFor={`${id}-consent`}>{consent}</label>
      </p>
      {/* Only robots fill this in: out of sight, out of the tab order, ignored by screen readers. */}
      <div className="trap" aria-hidden="true">
        <label htmlFor={`${id}-website`}>Website</label>
        <input id={`${id}-website`} name={honeypotField} tabIndex={-1} autoComplete="off" />
      </div>
      <p>
        <button type="submit">{submit}</button>
      </p>
      <p role="status" aria-live="polite" className={statusClassName} tabIndex={-1} />
    </>
  )
}
