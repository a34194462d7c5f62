import type { RefObject } from 'react'

import { consentField, honeypotField } from '@/public-forms/formFields'

/**
 * The end of every public site form: the consent checkbox, the honeypot, the submit button and
 * the live region that announces the answer. `id` prefixes the elements' ids, so two forms can
 * share a page. With `statusRef` the answer can take the focus (see usePublicForm).
 */
export function ConsentAndSubmit({
  id,
  consent,
  submit,
  busy,
  status,
  consentClassName,
  statusClassName,
  statusRef,
}: {
  id: string
  consent: string
  submit: string
  busy: boolean
  status: string
  consentClassName: string
  statusClassName?: string
  statusRef?: RefObject<HTMLParagraphElement | null>
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
        <button type="submit" disabled={busy}>
          {submit}
        </button>
      </p>
      <p
        role="status"
        aria-live="polite"
        className={statusClassName}
        tabIndex={statusRef ? -1 : undefined}
        ref={statusRef}
      >
        {status}
      </p>
    </>
  )
}
