import { countryCodes } from '@/fields/countries'
import { participantRoles } from '@/plugins/training/audiences'
import { trainingPaths } from '@/plugins/training/paths'
import { registrationTextLimits } from '@/plugins/training/registration/limits'
import type { TrainingFormStrings } from '@/plugins/training/routes/formStrings'
import { consentField, emailMaxLength, honeypotField } from '@/public-forms/formFields'

import { h, scriptOrigin, stylesheet } from '../base'
import { strings, widgetLocale } from '../i18n'

/** The site's own form strings, fetched once per language (not bundled: the bundle has a size budget). */
const texts = new Map<string, Promise<TrainingFormStrings>>()
const textsIn = (api: string, locale: string) => {
  const key = `${api} ${locale}`
  if (!texts.has(key))
    texts.set(
      key,
      fetch(new URL(`${trainingPaths.formStrings}?locale=${locale}`, api), { credentials: 'omit' }).then((response) => {
        if (!response.ok) throw new Error(String(response.status))
        return response.json()
      }),
    )
  return texts.get(key)!
}

const field = (id: string, label: string, control: HTMLElement) => h('p', {}, h('label', { for: id }, label), control)

/**
 * `<wayout-training edition="…">`: registration for one edition of the training course, posting
 * to the same endpoint as the website's form (name, email, organisation, country, role, consent,
 * and an empty honeypot). The answer is the server's, in the element's language: the same for
 * every address; a refusal says what to correct.
 */
export class WayoutTraining extends HTMLElement {
  static observedAttributes = ['locale', 'edition', 'theme', 'api', 'heading-level']
  private readonly root = this.attachShadow({ mode: 'open' })

  connectedCallback() {
    this.root.adoptedStyleSheets = [stylesheet()]
    void this.load()
  }

  attributeChangedCallback() {
    if (this.isConnected) void this.load()
  }

  private async load() {
    const locale = widgetLocale(this.getAttribute('locale'))
    const api = this.getAttribute('api') || scriptOrigin
    const status = h('p', { class: 'status', role: 'status', part: 'status' }, strings[locale].loading)
    this.root.replaceChildren(status)
    try {
      this.render(locale, api, await textsIn(api, locale))
    } catch {
      status.textContent = strings[locale].failed
    }
  }

  private render(locale: string, api: string, t: TrainingFormStrings) {
    const level = Number.parseInt(this.getAttribute('heading-level') ?? '2', 10)
    const heading = h(`h${level >= 2 && level <= 6 ? level : 2}` as 'h2', { id: 'heading', part: 'heading' }, t.title)
    const input = (name: string, attributes: Record<string, string>) =>
      h('input', { id: name, name, part: 'input', ...attributes })
    const select = (name: string, prompt: string, options: [string, string][]) =>
      h(
        'select',
        { id: name, name, required: '', part: 'input' },
        h('option', { value: '', disabled: '', selected: '' }, prompt),
        ...options.map(([value, label]) => h('option', { value }, label)),
      )
    const names = new Intl.DisplayNames([locale], { type: 'region' })
    const countries = countryCodes
      .map((code): [string, string] => [code, names.of(code) ?? code])
      .sort((a, b) => a[1].localeCompare(b[1], locale))
    const consent = h('input', { id: 'consent', type: 'checkbox', name: consentField, required: '' })
    const status = h('p', { class: 'status', role: 'status', part: 'status' })
    const button = h('button', { type: 'submit', part: 'button' }, t.submit)
    const form = h(
      'form',
      { part: 'form' },
      field(
        'name',
        t.name,
        input('name', { required: '', maxlength: String(registrationTextLimits.name), autocomplete: 'name' }),
      ),
      field(
        'email',
        t.email,
        input('email', { type: 'email', required: '', maxlength: String(emailMaxLength), autocomplete: 'email' }),
      ),
      field(
        'organisation',
        t.organisation,
        input('organisation', { maxlength: String(registrationTextLimits.organisation), autocomplete: 'organization' }),
      ),
      field('country', t.country, select('country', t.chooseCountry, countries)),
      field(
        'role',
        t.role,
        select(
          'role',
          t.chooseRole,
          participantRoles.map((role) => [role, t.roles[role]]),
        ),
      ),
      h('label', { class: 'consent' }, consent, t.consent),
      // A field only robots fill in: kept out of sight and out of the tab order.
      h(
        'div',
        { class: 'trap', 'aria-hidden': 'true' },
        h('label', { for: 'website' }, 'Website'),
        input(honeypotField, { tabindex: '-1', autocomplete: 'off' }),
      ),
      button,
      status,
    )
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      button.disabled = true
      try {
        const data = Object.fromEntries(new FormData(form))
        const response = await fetch(new URL(`${trainingPaths.registrations}?locale=${locale}`, api), {
          method: 'POST',
          credentials: 'omit',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            ...data,
            edition: this.getAttribute('edition'),
            locale,
            [consentField]: consent.checked,
          }),
        })
        const body = await response.json().catch(() => null)
        status.textContent = body?.message ?? body?.error?.message ?? t.invalid
        if (response.ok) form.reset()
      } catch {
        status.textContent = t.invalid
      } finally {
        button.disabled = false
      }
    })
    this.root.replaceChildren(
      h(
        'section',
        { part: 'card', lang: locale, 'aria-labelledby': 'heading' },
        heading,
        h('p', {}, t.waitingNote),
        form,
      ),
    )
  }
}
