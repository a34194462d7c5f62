import type { Notice } from '@/plugins/legal-pages/notices'
import { messages } from '@/i18n/messages'
import type { Locale } from '@/i18n/locales'

/**
 * The notices as editors' pages, in five languages. The facts are the sites' own published
 * notice texts (src/i18n/messages, legal.*Text); the structure of the accessibility statement is
 * the EU model statement (Commission Implementing Decision (EU) 2018/1523). What only the
 * project can say is left as a marked gap, «…», for editors to fill in before publishing.
 */
type Section = { heading: string; paragraphs: string[] }

type Notices = Record<Notice, { summary: string; sections: Section[] }>

const gaps = {
  en: (what: string) => `«To be completed by the project: ${what}»`,
  fr: (what: string) => `«À compléter par le projet : ${what}»`,
  de: (what: string) => `«Vom Projekt zu ergänzen: ${what}»`,
  pt: (what: string) => `«A completar pelo projeto: ${what}»`,
  nl: (what: string) => `«In te vullen door het project: ${what}»`,
} satisfies Record<Locale, (what: string) => string>

const fill = (locale: Locale, what: string) => gaps[locale](what)

const text = (locale: Locale, notice: Notice) => messages[locale].legal[`${notice}Text`]

const en: Notices = {
  accessibility: {
    summary: 'How accessible this website is, what is not yet accessible, and how to tell us about a barrier.',
    sections: [
      {
        heading: 'Compliance status',
        paragraphs: [
          text('en', 'accessibility'),
          fill('en', 'fully, partially or not compliant with EN 301 549 / WCAG 2.1 AA, as the last assessment found'),
        ],
      },
      {
        heading: 'Non-accessible content',
        paragraphs: [
          fill(
            'en',
            'each non-accessible content and the reason (non-compliance, disproportionate burden, or outside the scope of the law), with accessible alternatives',
          ),
        ],
      },
      {
        heading: 'Preparation of this statement',
        paragraphs: [
          fill('en', 'date this statement was prepared and last reviewed'),
          fill('en', 'method used: self-assessment or assessment by a third party'),
        ],
      },
      {
        heading: 'Feedback and contact information',
        paragraphs: [
          fill(
            'en',
            'the address, email or form to report a barrier or ask for content in an accessible form, and the time within which we answer',
          ),
        ],
      },
      {
        heading: 'Enforcement procedure',
        paragraphs: [
          fill(
            'en',
            'the national enforcement body to turn to when an answer is not satisfactory, with its contact details',
          ),
        ],
      },
    ],
  },
  privacy: {
    summary: 'What personal data this website keeps, why, and your rights.',
    sections: [
      { heading: 'Summary', paragraphs: [text('en', 'privacy')] },
      {
        heading: 'Controller and data protection officer',
        paragraphs: [fill('en', 'the controller’s postal address and the data protection officer’s contact')],
      },
      {
        heading: 'How long data is kept',
        paragraphs: [fill('en', 'retention periods for subscribers, practice submissions and training registrations')],
      },
      { heading: 'Date of last review', paragraphs: [fill('en', 'date')] },
    ],
  },
  legal: {
    summary: 'Who publishes this website.',
    sections: [
      {
        heading: 'Publisher',
        paragraphs: [text('en', 'legal'), fill('en', 'postal address, contact email and director of publication')],
      },
      { heading: 'Hosting', paragraphs: [fill('en', 'name and address of the host')] },
    ],
  },
}

const fr: Notices = {
  accessibility: {
    summary:
      'Le niveau d’accessibilité de ce site, ce qui n’est pas encore accessible et comment nous signaler un obstacle.',
    sections: [
      {
        heading: 'État de conformité',
        paragraphs: [
          text('fr', 'accessibility'),
          fill(
            'fr',
            'conforme, partiellement conforme ou non conforme à la norme EN 301 549 / WCAG 2.1 AA, selon la dernière évaluation',
          ),
        ],
      },
      {
        heading: 'Contenus non accessibles',
        paragraphs: [
          fill(
            'fr',
            'chaque contenu non accessible et sa raison (non-conformité, charge disproportionnée, ou hors du champ de la loi), avec les alternatives accessibles',
          ),
        ],
      },
      {
        heading: 'Établissement de cette déclaration',
        paragraphs: [
          fill('fr', 'date d’établissement et de dernière révision de cette déclaration'),
          fill('fr', 'méthode : auto-évaluation ou évaluation par un tiers'),
        ],
      },
      {
        heading: 'Retour d’information et contact',
        paragraphs: [
          fill(
            'fr',
            'l’adresse, le courriel ou le formulaire pour signaler un obstacle ou demander un contenu sous une forme accessible, et le délai de réponse',
          ),
        ],
      },
      {
        heading: 'Procédure de mise en œuvre',
        paragraphs: [
          fill(
            'fr',
            'l’organisme national chargé du contrôle, à saisir lorsqu’une réponse n’est pas satisfaisante, et ses coordonnées',
          ),
        ],
      },
    ],
  },
  privacy: {
    summary: 'Les données personnelles que ce site conserve, pourquoi, et vos droits.',
    sections: [
      { heading: 'En bref', paragraphs: [text('fr', 'privacy')] },
      {
        heading: 'Responsable du traitement et délégué à la protection des données',
        paragraphs: [
          fill('fr', 'adresse postale du responsable du traitement et contact du délégué à la protection des données'),
        ],
      },
      {
        heading: 'Durée de conservation',
        paragraphs: [
          fill('fr', 'durées de conservation des abonnés, des pratiques soumises et des inscriptions à la formation'),
        ],
      },
      { heading: 'Date de la dernière révision', paragraphs: [fill('fr', 'date')] },
    ],
  },
  legal: {
    summary: 'Qui publie ce site.',
    sections: [
      {
        heading: 'Éditeur',
        paragraphs: [
          text('fr', 'legal'),
          fill('fr', 'adresse postale, courriel de contact et directeur de la publication'),
        ],
      },
      { heading: 'Hébergement', paragraphs: [fill('fr', 'nom et adresse de l’hébergeur')] },
    ],
  },
}

const de: Notices = {
  accessibility: {
    summary:
      'Wie barrierefrei diese Website ist, was noch nicht barrierefrei ist und wie Sie uns eine Barriere melden.',
    sections: [
      {
        heading: 'Stand der Vereinbarkeit mit den Anforderungen',
        paragraphs: [
          text('de', 'accessibility'),
          fill(
            'de',
            'vollständig, teilweise oder nicht vereinbar mit EN 301 549 / WCAG 2.1 AA, nach der letzten Prüfung',
          ),
        ],
      },
      {
        heading: 'Nicht barrierefreie Inhalte',
        paragraphs: [
          fill(
            'de',
            'jeder nicht barrierefreie Inhalt und der Grund (Unvereinbarkeit, unverhältnismäßige Belastung oder außerhalb des Anwendungsbereichs), mit barrierefreien Alternativen',
          ),
        ],
      },
      {
        heading: 'Erstellung dieser Erklärung',
        paragraphs: [
          fill('de', 'Datum der Erstellung und der letzten Überprüfung dieser Erklärung'),
          fill('de', 'Methode: Selbstbewertung oder Bewertung durch Dritte'),
        ],
      },
      {
        heading: 'Feedback und Kontaktangaben',
        paragraphs: [
          fill(
            'de',
            'Adresse, E-Mail oder Formular, um eine Barriere zu melden oder Inhalte in barrierefreier Form anzufragen, und die Antwortfrist',
          ),
        ],
      },
      {
        heading: 'Durchsetzungsverfahren',
        paragraphs: [
          fill(
            'de',
            'die nationale Durchsetzungsstelle, an die Sie sich bei einer unbefriedigenden Antwort wenden können, mit Kontaktangaben',
          ),
        ],
      },
    ],
  },
  privacy: {
    summary: 'Welche personenbezogenen Daten diese Website speichert, warum, und Ihre Rechte.',
    sections: [
      { heading: 'Kurz gefasst', paragraphs: [text('de', 'privacy')] },
      {
        heading: 'Verantwortlicher und Datenschutzbeauftragter',
        paragraphs: [fill('de', 'Postanschrift des Verantwortlichen und Kontakt der/des Datenschutzbeauftragten')],
      },
      {
        heading: 'Speicherdauer',
        paragraphs: [fill('de', 'Speicherfristen für Abonnenten, eingereichte Praktiken und Anmeldungen zur Schulung')],
      },
      { heading: 'Datum der letzten Überprüfung', paragraphs: [fill('de', 'Datum')] },
    ],
  },
  legal: {
    summary: 'Wer diese Website herausgibt.',
    sections: [
      {
        heading: 'Herausgeber',
        paragraphs: [text('de', 'legal'), fill('de', 'Postanschrift, Kontakt-E-Mail und inhaltlich Verantwortliche/r')],
      },
      { heading: 'Hosting', paragraphs: [fill('de', 'Name und Anschrift des Hosters')] },
    ],
  },
}

const pt: Notices = {
  accessibility: {
    summary: 'O grau de acessibilidade deste site, o que ainda não é acessível e como nos comunicar uma barreira.',
    sections: [
      {
        heading: 'Situação de conformidade',
        paragraphs: [
          text('pt', 'accessibility'),
          fill(
            'pt',
            'plenamente, parcialmente ou não conforme com a norma EN 301 549 / WCAG 2.1 AA, segundo a última avaliação',
          ),
        ],
      },
      {
        heading: 'Conteúdo não acessível',
        paragraphs: [
          fill(
            'pt',
            'cada conteúdo não acessível e a razão (não conformidade, encargo desproporcionado ou fora do âmbito da lei), com as alternativas acessíveis',
          ),
        ],
      },
      {
        heading: 'Elaboração desta declaração',
        paragraphs: [
          fill('pt', 'data de elaboração e da última revisão desta declaração'),
          fill('pt', 'método: autoavaliação ou avaliação por terceiros'),
        ],
      },
      {
        heading: 'Comentários e contactos',
        paragraphs: [
          fill(
            'pt',
            'o endereço, email ou formulário para comunicar uma barreira ou pedir conteúdo em formato acessível, e o prazo de resposta',
          ),
        ],
      },
      {
        heading: 'Procedimento de execução',
        paragraphs: [
          fill(
            'pt',
            'o organismo nacional de controlo a contactar quando uma resposta não é satisfatória, com os seus contactos',
          ),
        ],
      },
    ],
  },
  privacy: {
    summary: 'Que dados pessoais este site guarda, porquê, e os seus direitos.',
    sections: [
      { heading: 'Em resumo', paragraphs: [text('pt', 'privacy')] },
      {
        heading: 'Responsável pelo tratamento e encarregado da proteção de dados',
        paragraphs: [
          fill('pt', 'morada do responsável pelo tratamento e contacto do encarregado da proteção de dados'),
        ],
      },
      {
        heading: 'Prazos de conservação',
        paragraphs: [
          fill('pt', 'prazos de conservação dos subscritores, das práticas submetidas e das inscrições na formação'),
        ],
      },
      { heading: 'Data da última revisão', paragraphs: [fill('pt', 'data')] },
    ],
  },
  legal: {
    summary: 'Quem publica este site.',
    sections: [
      {
        heading: 'Editor',
        paragraphs: [text('pt', 'legal'), fill('pt', 'morada, email de contacto e diretor da publicação')],
      },
      { heading: 'Alojamento', paragraphs: [fill('pt', 'nome e morada do fornecedor de alojamento')] },
    ],
  },
}

const nl: Notices = {
  accessibility: {
    summary: 'Hoe toegankelijk deze website is, wat nog niet toegankelijk is en hoe u ons een drempel meldt.',
    sections: [
      {
        heading: 'Nalevingsstatus',
        paragraphs: [
          text('nl', 'accessibility'),
          fill(
            'nl',
            'volledig, gedeeltelijk of niet in overeenstemming met EN 301 549 / WCAG 2.1 AA, volgens de laatste beoordeling',
          ),
        ],
      },
      {
        heading: 'Niet-toegankelijke inhoud',
        paragraphs: [
          fill(
            'nl',
            'elke niet-toegankelijke inhoud en de reden (niet-naleving, onevenredige last of buiten het toepassingsgebied van de wet), met toegankelijke alternatieven',
          ),
        ],
      },
      {
        heading: 'Opstelling van deze verklaring',
        paragraphs: [
          fill('nl', 'datum van opstelling en laatste herziening van deze verklaring'),
          fill('nl', 'methode: zelfbeoordeling of beoordeling door een derde'),
        ],
      },
      {
        heading: 'Feedback en contactgegevens',
        paragraphs: [
          fill(
            'nl',
            'het adres, e-mailadres of formulier om een drempel te melden of inhoud in toegankelijke vorm te vragen, en de antwoordtermijn',
          ),
        ],
      },
      {
        heading: 'Handhavingsprocedure',
        paragraphs: [
          fill(
            'nl',
            'de nationale handhavingsinstantie waar u terechtkunt als een antwoord niet volstaat, met contactgegevens',
          ),
        ],
      },
    ],
  },
  privacy: {
    summary: 'Welke persoonsgegevens deze website bewaart, waarom, en uw rechten.',
    sections: [
      { heading: 'In het kort', paragraphs: [text('nl', 'privacy')] },
      {
        heading: 'Verwerkingsverantwoordelijke en functionaris voor gegevensbescherming',
        paragraphs: [
          fill(
            'nl',
            'postadres van de verwerkingsverantwoordelijke en contact van de functionaris voor gegevensbescherming',
          ),
        ],
      },
      {
        heading: 'Bewaartermijnen',
        paragraphs: [
          fill('nl', 'bewaartermijnen voor abonnees, ingediende praktijken en inschrijvingen voor de training'),
        ],
      },
      { heading: 'Datum van laatste herziening', paragraphs: [fill('nl', 'datum')] },
    ],
  },
  legal: {
    summary: 'Wie deze website uitgeeft.',
    sections: [
      {
        heading: 'Uitgever',
        paragraphs: [text('nl', 'legal'), fill('nl', 'postadres, contact-e-mailadres en verantwoordelijke uitgever')],
      },
      { heading: 'Hosting', paragraphs: [fill('nl', 'naam en adres van de hostingprovider')] },
    ],
  },
}

export const legalPages: Record<Locale, Notices> = { en, fr, de, pt, nl }

/** The title of each notice in each language: the sites' own. */
export const noticeTitle = (locale: Locale, notice: Notice) => messages[locale].legal[`${notice}Title`]
