import type { WidgetLocale } from '../i18n'

/** This element's own words (kept here, beside it: the shared strings stay the other elements'). */
export const deliverableStrings: Record<
  WidgetLocale,
  { heading: string; workPackage: string; due: string; delivered: string; all: string; none: string }
> = {
  en: {
    heading: 'Deliverables',
    workPackage: 'Work package',
    due: 'Due in project month',
    delivered: 'Delivered',
    all: 'All deliverables',
    none: 'No public deliverable yet.',
  },
  fr: {
    heading: 'Livrables',
    workPackage: 'Lot de travail',
    due: 'Prévu au mois du projet',
    delivered: 'Livré le',
    all: 'Tous les livrables',
    none: 'Aucun livrable public pour le moment.',
  },
  de: {
    heading: 'Projektergebnisse',
    workPackage: 'Arbeitspaket',
    due: 'Fällig im Projektmonat',
    delivered: 'Geliefert am',
    all: 'Alle Projektergebnisse',
    none: 'Noch kein öffentliches Projektergebnis.',
  },
  pt: {
    heading: 'Entregáveis',
    workPackage: 'Pacote de trabalho',
    due: 'Previsto para o mês do projeto',
    delivered: 'Entregue em',
    all: 'Todos os entregáveis',
    none: 'Ainda não há entregáveis públicos.',
  },
  nl: {
    heading: 'Deliverables',
    workPackage: 'Werkpakket',
    due: 'Gepland in projectmaand',
    delivered: 'Opgeleverd op',
    all: 'Alle deliverables',
    none: 'Nog geen openbare deliverable.',
  },
}
