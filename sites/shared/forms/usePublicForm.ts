'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'

/**
 * A public form's submission with JavaScript: the same form fields the plain HTML post would
 * send, answered in JSON instead of a page. While it runs the form says so; a refusal shows the
 * server's message (already in the reader's language), keeps everything typed and puts the focus
 * on the field at fault.
 */
export function usePublicForm(
  action: string,
  strings: { sending: string; done: string; failed: string },
  { focusAnswer = false }: { focusAnswer?: boolean } = {},
) {
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)
  // With `focusAnswer`, the answer takes the focus (unless a field at fault took it), so a screen
  // reader reads it whatever the page did around it. `statusRef` marks where the answer is shown.
  const answerWantsFocus = useRef(false)
  const statusRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (!answerWantsFocus.current) return
    answerWantsFocus.current = false
    statusRef.current?.focus()
  }, [status, done, busy])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const fields = new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)]))
    setBusy(true)
    setStatus(strings.sending)
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: fields,
      })
      const answer = (await response.json().catch(() => null)) as {
        error?: { message?: string; field?: string }
      } | null
      if (response.ok) {
        form.reset()
        setDone(true)
        setStatus(strings.done)
        answerWantsFocus.current = focusAnswer
      } else {
        setStatus(answer?.error?.message ?? strings.failed)
        const field = answer?.error?.field && form.elements.namedItem(answer.error.field)
        if (field instanceof HTMLElement) field.focus()
        else answerWantsFocus.current = focusAnswer
      }
    } catch {
      answerWantsFocus.current = focusAnswer
      setStatus(strings.failed)
    } finally {
      setBusy(false)
    }
  }

  return { status, busy, done, submit, statusRef }
}
