import type { NestedKeysStripped } from '@payloadcms/translations'

import type { Locale } from '@/i18n/locales'

/**
 * The newsletter's admin strings (the sidebar and the answers of its endpoints), in the
 * admin's five languages; the plugin merges them into Payload's, beside src/auth/adminStrings.ts.
 * `{{name}}` is Payload's interpolation.
 */
const en = {
  newsletterActions: {
    saveFirst: 'Save the issue to preview, test and send it.',
    setBySchedule: 'Set by Schedule above.',
    unsaved: 'Save your changes first: the preview, the test and the sending use the saved issue.',
    preview: 'Preview ({{language}})',
    email: 'email',
    plainText: 'plain text',
    sendTest: 'Send a test to me',
    schedule: 'Schedule for the chosen time',
    sendingTime: 'Sending time',
    chooseTime: 'Choose a sending time first.',
    sendNow: 'Send now',
    confirmSendNow: 'Send this issue to every confirmed subscriber now?',
    unschedule: 'Take back to draft',
    scheduledFor: 'Scheduled for {{time}}.',
    sendingProgress: 'Sending: {{delivered}} of {{recipients}} emails sent.',
    sentAt_one: 'Sent on {{time}} to {{count}} subscriber.',
    sentAt_other: 'Sent on {{time}} to {{count}} subscribers.',
    unreachable: 'The server could not be reached.',
    failed: 'That did not work ({{status}}).',
    staffOnly: 'Only editors and admins may do this.',
    notFound: 'No such newsletter issue.',
    testSent: 'Test email ({{language}}) sent to {{email}}.',
    invalidTime: 'The sending time is not a valid date.',
    pastTime: 'The chosen time has passed: choose a later one, or send now.',
    alreadySending: 'This issue is being sent already.',
    alreadySent: 'This issue has been sent already.',
    sendingStarted: 'Sending has started.',
    backToDraft: 'Back to draft: it will not be sent.',
    onlyScheduled: 'Only a scheduled issue can be taken back to draft.',
  },
}

type Strings = typeof en

const fr: Strings = {
  newsletterActions: {
    saveFirst: 'Enregistrez le numéro pour le prévisualiser, le tester et l’envoyer.',
    setBySchedule: 'Fixé par « Programmer » ci-dessus.',
    unsaved: 'Enregistrez d’abord vos modifications : l’aperçu, le test et l’envoi utilisent le numéro enregistré.',
    preview: 'Aperçu ({{language}})',
    email: 'e-mail',
    plainText: 'texte brut',
    sendTest: 'M’envoyer un test',
    schedule: 'Programmer à l’heure choisie',
    sendingTime: 'Heure d’envoi',
    chooseTime: 'Choisissez d’abord une heure d’envoi.',
    sendNow: 'Envoyer maintenant',
    confirmSendNow: 'Envoyer ce numéro maintenant à tous les abonnés confirmés ?',
    unschedule: 'Repasser en brouillon',
    scheduledFor: 'Programmé pour le {{time}}.',
    sendingProgress: 'Envoi en cours : {{delivered}} e-mails envoyés sur {{recipients}}.',
    sentAt_one: 'Envoyé le {{time}} à {{count}} abonné.',
    sentAt_other: 'Envoyé le {{time}} à {{count}} abonnés.',
    unreachable: 'Le serveur est injoignable.',
    failed: 'Cela n’a pas fonctionné ({{status}}).',
    staffOnly: 'Seuls les éditeurs et les administrateurs peuvent faire cela.',
    notFound: 'Ce numéro de lettre d’information n’existe pas.',
    testSent: 'E-mail de test ({{language}}) envoyé à {{email}}.',
    invalidTime: 'L’heure d’envoi n’est pas une date valide.',
    pastTime: 'L’heure choisie est passée : choisissez-en une plus tardive, ou envoyez maintenant.',
    alreadySending: 'Ce numéro est déjà en cours d’envoi.',
    alreadySent: 'Ce numéro a déjà été envoyé.',
    sendingStarted: 'L’envoi a commencé.',
    backToDraft: 'Repassé en brouillon : il ne sera pas envoyé.',
    onlyScheduled: 'Seul un numéro programmé peut repasser en brouillon.',
  },
}

const de: Strings = {
  newsletterActions: {
    saveFirst: 'Speichern Sie die Ausgabe, um sie anzusehen, zu testen und zu versenden.',
    setBySchedule: 'Wird oben mit „Zur gewählten Zeit versenden“ gesetzt.',
    unsaved: 'Speichern Sie zuerst Ihre Änderungen: Vorschau, Test und Versand verwenden die gespeicherte Ausgabe.',
    preview: 'Vorschau ({{language}})',
    email: 'E-Mail',
    plainText: 'Nur-Text',
    sendTest: 'Test an mich senden',
    schedule: 'Zur gewählten Zeit versenden',
    sendingTime: 'Versandzeit',
    chooseTime: 'Wählen Sie zuerst eine Versandzeit.',
    sendNow: 'Jetzt senden',
    confirmSendNow: 'Diese Ausgabe jetzt an alle bestätigten Abonnentinnen und Abonnenten senden?',
    unschedule: 'Zurück zum Entwurf',
    scheduledFor: 'Geplant für den {{time}}.',
    sendingProgress: 'Versand läuft: {{delivered}} von {{recipients}} E-Mails gesendet.',
    sentAt_one: 'Am {{time}} an {{count}} Abonnentin oder Abonnenten gesendet.',
    sentAt_other: 'Am {{time}} an {{count}} Abonnentinnen und Abonnenten gesendet.',
    unreachable: 'Der Server ist nicht erreichbar.',
    failed: 'Das hat nicht geklappt ({{status}}).',
    staffOnly: 'Nur Redaktion und Administration dürfen das.',
    notFound: 'Diese Newsletter-Ausgabe gibt es nicht.',
    testSent: 'Test-E-Mail ({{language}}) an {{email}} gesendet.',
    invalidTime: 'Die Versandzeit ist kein gültiges Datum.',
    pastTime: 'Die gewählte Zeit ist vorbei: Wählen Sie eine spätere oder senden Sie jetzt.',
    alreadySending: 'Diese Ausgabe wird bereits versendet.',
    alreadySent: 'Diese Ausgabe wurde bereits versendet.',
    sendingStarted: 'Der Versand hat begonnen.',
    backToDraft: 'Zurück im Entwurf: Die Ausgabe wird nicht versendet.',
    onlyScheduled: 'Nur eine geplante Ausgabe kann in den Entwurf zurückgesetzt werden.',
  },
}

const pt: Strings = {
  newsletterActions: {
    saveFirst: 'Guarde o número para o pré-visualizar, testar e enviar.',
    setBySchedule: 'Definido por «Agendar» acima.',
    unsaved: 'Guarde primeiro as suas alterações: a pré-visualização, o teste e o envio usam o número guardado.',
    preview: 'Pré-visualização ({{language}})',
    email: 'e-mail',
    plainText: 'texto simples',
    sendTest: 'Enviar-me um teste',
    schedule: 'Agendar para a hora escolhida',
    sendingTime: 'Hora de envio',
    chooseTime: 'Escolha primeiro uma hora de envio.',
    sendNow: 'Enviar agora',
    confirmSendNow: 'Enviar agora este número a todos os subscritores confirmados?',
    unschedule: 'Voltar a rascunho',
    scheduledFor: 'Agendado para {{time}}.',
    sendingProgress: 'A enviar: {{delivered}} de {{recipients}} e-mails enviados.',
    sentAt_one: 'Enviado em {{time}} a {{count}} subscritor.',
    sentAt_other: 'Enviado em {{time}} a {{count}} subscritores.',
    unreachable: 'Não foi possível contactar o servidor.',
    failed: 'Não funcionou ({{status}}).',
    staffOnly: 'Só editores e administradores o podem fazer.',
    notFound: 'Este número da newsletter não existe.',
    testSent: 'E-mail de teste ({{language}}) enviado para {{email}}.',
    invalidTime: 'A hora de envio não é uma data válida.',
    pastTime: 'A hora escolhida já passou: escolha uma mais tarde ou envie agora.',
    alreadySending: 'Este número já está a ser enviado.',
    alreadySent: 'Este número já foi enviado.',
    sendingStarted: 'O envio começou.',
    backToDraft: 'De volta a rascunho: não será enviado.',
    onlyScheduled: 'Só um número agendado pode voltar a rascunho.',
  },
}

const nl: Strings = {
  newsletterActions: {
    saveFirst: 'Sla het nummer op om het te bekijken, te testen en te verzenden.',
    setBySchedule: 'Ingesteld met ‘Inplannen’ hierboven.',
    unsaved: 'Sla eerst uw wijzigingen op: voorbeeld, test en verzending gebruiken het opgeslagen nummer.',
    preview: 'Voorbeeld ({{language}})',
    email: 'e-mail',
    plainText: 'platte tekst',
    sendTest: 'Stuur mij een test',
    schedule: 'Inplannen op het gekozen tijdstip',
    sendingTime: 'Verzendtijd',
    chooseTime: 'Kies eerst een verzendtijd.',
    sendNow: 'Nu verzenden',
    confirmSendNow: 'Dit nummer nu naar alle bevestigde abonnees sturen?',
    unschedule: 'Terug naar concept',
    scheduledFor: 'Ingepland voor {{time}}.',
    sendingProgress: 'Bezig met verzenden: {{delivered}} van {{recipients}} e-mails verzonden.',
    sentAt_one: 'Verzonden op {{time}} naar {{count}} abonnee.',
    sentAt_other: 'Verzonden op {{time}} naar {{count}} abonnees.',
    unreachable: 'De server is niet bereikbaar.',
    failed: 'Dat is niet gelukt ({{status}}).',
    staffOnly: 'Alleen redacteuren en beheerders mogen dit.',
    notFound: 'Dit nummer van de nieuwsbrief bestaat niet.',
    testSent: 'Test-e-mail ({{language}}) verzonden naar {{email}}.',
    invalidTime: 'De verzendtijd is geen geldige datum.',
    pastTime: 'Het gekozen tijdstip is voorbij: kies een later tijdstip of verzend nu.',
    alreadySending: 'Dit nummer wordt al verzonden.',
    alreadySent: 'Dit nummer is al verzonden.',
    sendingStarted: 'Het verzenden is begonnen.',
    backToDraft: 'Terug naar concept: het wordt niet verzonden.',
    onlyScheduled: 'Alleen een ingepland nummer kan terug naar concept.',
  },
}

export const newsletterTranslations = { en, fr, de, pt, nl } satisfies Record<Locale, Strings>

export type NewsletterTranslations = Strings
export type NewsletterTranslationKeys = NestedKeysStripped<Strings>

export type NewsletterText = (key: NewsletterTranslationKeys, values?: Record<string, unknown>) => string

/** Payload's `t` (typed for its own keys only) as a reader of these keys too. */
export const newsletterText = (t: unknown) => t as NewsletterText
