import { isLocale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

const keys = [
  'title',
  'waitingNote',
  'name',
  'email',
  'organisation',
  'country',
  'chooseCountry',
  'role',
  'chooseRole',
  'consent',
  'submit',
  'invalid',
  'roles',
] as const

/** The registration form's words in one language: what `<wayout-training>` fetches (../paths). */
export type TrainingFormStrings = Pick<(typeof messages)['en']['training'], (typeof keys)[number]>

/**
 * The site's own registration-form strings for the widget, fetched rather than bundled (the
 * bundle has a size budget); public, the same for everyone, cached for an hour.
 */
export const GET = (request: Request) => {
  const asked = new URL(request.url).searchParams.get('locale')
  const training = messages[isLocale(asked) ? asked : 'en'].training
  const strings = Object.fromEntries(keys.map((key) => [key, training[key]])) as TrainingFormStrings
  return Response.json(strings, {
    headers: { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=3600' },
  })
}
