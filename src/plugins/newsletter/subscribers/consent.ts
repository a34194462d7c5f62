import type { Locale } from '@/i18n/locales'

/**
 * The newsletter consent wording, shown by the website form and the widget and stored with each
 * sign-up. Change the wording only together with the version, so every subscriber's record says
 * exactly which text they agreed to.
 */
export const consentVersion = 'newsletter-consent-2026-11'

export const consentWording: Record<Locale, string> = {
  en: 'I agree to receive the WayOut newsletter. I can unsubscribe at any time.',
  fr: 'J’accepte de recevoir la lettre d’information WayOut. Je peux me désabonner à tout moment.',
  de: 'Ich möchte den WayOut-Newsletter erhalten. Ich kann ihn jederzeit abbestellen.',
  pt: 'Aceito receber a newsletter WayOut. Posso cancelar a subscrição a qualquer momento.',
  nl: 'Ik wil de WayOut-nieuwsbrief ontvangen. Ik kan me op elk moment afmelden.',
}
