/**
 * The public sites' forms with JavaScript (a `<form data-enhance>`; without this script they post
 * and land on a result page). Inline validation: a field's problem is shown beside it, with the
 * browser's own message, once the reader leaves it or submits; the form then posts in the
 * background and says how it went in its live region. A refusal shows the server's message (in
 * the reader's language) beside the field at fault, which gets the focus; everything typed stays.
 * With `data-replace-when-done` the form gives way to its answer, which takes the focus; with
 * `data-enhance="check"` the form is only checked, then posts as without the script.
 */

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
type Answer = { error?: { message?: string; field?: string } } | null

const isField = (element: unknown): element is Field =>
  element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement

/** The element that shows a field's problem, made on first need and named by the field. */
const messageOf = (field: Field) => {
  const id = `${field.id}-problem`
  let message = document.getElementById(id)
  if (!message) {
    message = document.createElement('span')
    message.id = id
    message.className = 'field-problem'
    // Checkboxes and radios sit before their label: their problem goes after the label.
    ;(field.type === 'checkbox' ? (field.parentElement ?? field) : (field.labels?.[0] ?? field)).after(message)
    field.setAttribute('aria-describedby', id)
  }
  return message
}

const show = (field: Field, problem: string) => {
  if (!field.id) return
  if (problem) field.setAttribute('aria-invalid', 'true')
  else field.removeAttribute('aria-invalid')
  if (problem || document.getElementById(`${field.id}-problem`)) messageOf(field).textContent = problem
}

const check = (field: Field) => {
  // Whitespace alone passes the browser's `required`, not the server: it counts as nothing typed.
  if (field.required && !field.value.trim()) field.value = ''
  show(field, field.validity.valid ? '' : field.validationMessage)
  return field.validity.valid
}

const enhance = (form: HTMLFormElement) => {
  const { sending = '', done = '', failed = '' } = form.dataset
  const replace = form.hasAttribute('data-replace-when-done')
  const status = form.querySelector<HTMLElement>('[role="status"]')
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  const fields = () => [...form.elements].filter(isField).filter((field) => field.willValidate)
  const say = (text: string) => {
    if (status) status.textContent = text
  }

  // The browser's bubbles give way to the messages beside the fields.
  form.noValidate = true
  // A field is checked once left with something in it (not while tabbing past), and again as it
  // changes once it has been found at fault.
  form.addEventListener('focusout', ({ target }) => {
    if (isField(target) && target.type !== 'checkbox' && target.value) check(target)
  })
  form.addEventListener('input', ({ target }) => {
    if (isField(target) && target.hasAttribute('aria-invalid')) check(target)
  })

  form.addEventListener('submit', async (event) => {
    const invalid = fields().filter((field) => !check(field))
    if (invalid.length || form.dataset.enhance !== 'check') event.preventDefault()
    if (invalid.length) return invalid[0].focus()
    if (form.dataset.enhance === 'check') return
    const body = new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)]))
    if (button) button.disabled = true
    say(sending)
    let answer: Answer = null
    let ok = false
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
      })
      ok = response.ok
      answer = (await response.json().catch(() => null)) as Answer
    } catch {
      // Offline or refused by the network: said below like any other failure.
    }
    if (button) button.disabled = false
    if (ok) {
      form.reset()
      if (!replace) return say(done)
      const notice = document.createElement('p')
      notice.setAttribute('role', 'status')
      notice.className = 'notice'
      notice.tabIndex = -1
      notice.textContent = done
      form.replaceWith(notice)
      return notice.focus()
    }
    const message = answer?.error?.message || failed
    say(message)
    const field = answer?.error?.field ? form.elements.namedItem(answer.error.field) : null
    if (isField(field)) {
      show(field, message)
      field.focus()
    } else if (replace && status) status.focus()
  })
}

document.querySelectorAll<HTMLFormElement>('form[data-enhance]').forEach(enhance)
