import type { NestedKeysStripped } from '@payloadcms/translations'

import type { Locale } from '@/i18n/locales'

/** The admin home's dashboard (./EditorDashboard), in Payload's admin translations. */
const en = {
  editorDashboard: {
    heading: 'To do',
    awaitingModeration: 'Practices awaiting moderation',
    missingTranslations: 'Not yet translated',
    missingIn: 'Missing in {{language}}',
    scheduledPublications: 'Scheduled publications',
    publishOn: 'Published on {{time}}',
    unpublishOn: 'Unpublished on {{time}}',
    noneScheduled: 'Nothing scheduled.',
    scheduledNewsletters: 'Scheduled newsletter sends',
    lastNewsletter: 'Last newsletter: {{title}}',
    noNewsletterSent: 'No newsletter sent yet.',
    deliveries: 'Deliveries',
    bounced: 'Bounced',
    complained: 'Complaints',
  },
}

type Strings = typeof en

const fr: Strings = {
  editorDashboard: {
    heading: 'À faire',
    awaitingModeration: 'Pratiques en attente de modération',
    missingTranslations: 'Pas encore traduit',
    missingIn: 'Manquant en {{language}}',
    scheduledPublications: 'Publications programmées',
    publishOn: 'Publié le {{time}}',
    unpublishOn: 'Dépublié le {{time}}',
    noneScheduled: 'Rien de programmé.',
    scheduledNewsletters: 'Envois de la lettre programmés',
    lastNewsletter: 'Dernière lettre : {{title}}',
    noNewsletterSent: 'Aucune lettre envoyée pour l’instant.',
    deliveries: 'Envois',
    bounced: 'Rejetés',
    complained: 'Plaintes',
  },
}

const de: Strings = {
  editorDashboard: {
    heading: 'Zu erledigen',
    awaitingModeration: 'Praxisbeispiele zur Moderation',
    missingTranslations: 'Noch nicht übersetzt',
    missingIn: 'Fehlt auf {{language}}',
    scheduledPublications: 'Geplante Veröffentlichungen',
    publishOn: 'Veröffentlichung am {{time}}',
    unpublishOn: 'Zurückgezogen am {{time}}',
    noneScheduled: 'Nichts geplant.',
    scheduledNewsletters: 'Geplante Newsletter-Versände',
    lastNewsletter: 'Letzter Newsletter: {{title}}',
    noNewsletterSent: 'Noch kein Newsletter versandt.',
    deliveries: 'Zustellungen',
    bounced: 'Unzustellbar',
    complained: 'Beschwerden',
  },
}

const pt: Strings = {
  editorDashboard: {
    heading: 'Por fazer',
    awaitingModeration: 'Práticas a aguardar moderação',
    missingTranslations: 'Ainda não traduzido',
    missingIn: 'Em falta em {{language}}',
    scheduledPublications: 'Publicações agendadas',
    publishOn: 'Publicado em {{time}}',
    unpublishOn: 'Despublicado em {{time}}',
    noneScheduled: 'Nada agendado.',
    scheduledNewsletters: 'Envios da newsletter agendados',
    lastNewsletter: 'Última newsletter: {{title}}',
    noNewsletterSent: 'Ainda não foi enviada nenhuma newsletter.',
    deliveries: 'Envios',
    bounced: 'Devolvidos',
    complained: 'Queixas',
  },
}

const nl: Strings = {
  editorDashboard: {
    heading: 'Te doen',
    awaitingModeration: 'Praktijken die op moderatie wachten',
    missingTranslations: 'Nog niet vertaald',
    missingIn: 'Ontbreekt in het {{language}}',
    scheduledPublications: 'Geplande publicaties',
    publishOn: 'Gepubliceerd op {{time}}',
    unpublishOn: 'Offline gehaald op {{time}}',
    noneScheduled: 'Niets gepland.',
    scheduledNewsletters: 'Geplande nieuwsbriefverzendingen',
    lastNewsletter: 'Laatste nieuwsbrief: {{title}}',
    noNewsletterSent: 'Nog geen nieuwsbrief verzonden.',
    deliveries: 'Verzendingen',
    bounced: 'Gebouncet',
    complained: 'Klachten',
  },
}

export const editorDashboardStrings = { en, fr, de, pt, nl } satisfies Record<Locale, Strings>

type EditorDashboardText = (key: NestedKeysStripped<Strings>, values?: Record<string, unknown>) => string

/** Payload's `t` (typed for its own keys only) as a reader of these keys too. */
export const editorDashboardText = (t: unknown) => t as EditorDashboardText
