import type { NestedKeysStripped } from '@payloadcms/translations'

import type { Locale } from '@/i18n/locales'

/** Our own admin views' strings (Admin → Embed, the dashboard), in Payload's admin translations. */
const en = {
  wayoutAdmin: {
    embedNav: 'Embed the widget',
    embedHeading: 'Embed the WayOut widget',
    embedIntro:
      'Partner sites show WayOut content with one script and one element. Choose below, check the preview, and copy the snippet. The content stays current: it is read from this CMS each time the page is shown.',
    embedOptions: 'Widget and options',
    embedWidget: 'Widget',
    embedLanguage: 'Language',
    embedSite: 'Site',
    embedItems: 'Items',
    embedCategory: 'Category',
    embedAllCategories: 'All',
    embedWorkPackage: 'Work package (0: the whole project)',
    embedEvents: 'Events',
    embedUpcoming: 'Upcoming',
    embedPast: 'Past',
    embedTheme: 'Theme',
    embedLight: 'Light',
    embedDark: 'Dark',
    embedWidgetProject: 'Project card (objectives, outcomes, partners, funding)',
    embedWidgetNews: 'Latest news',
    embedWidgetEvents: 'Events',
    embedWidgetPartners: 'Partners',
    embedWidgetDeliverables: 'Deliverables (with DOI links)',
    embedWidgetSubscribe: 'Newsletter sign-up',
    embedSnippet: 'Snippet',
    embedSnippetLabel: 'Snippet to copy',
    embedCopy: 'Copy snippet',
    embedCopied: 'Copied',
    embedPinned: 'The script is pinned by its Subresource Integrity hash ({{size}} KB gzipped).',
    embedUnpinned: 'For automatic updates instead, use this address without the integrity attribute:',
    embedNotBuilt: 'The widget bundle is not built: run npm run build.',
    embedPreview: 'Preview',
  },
}

type Strings = typeof en

const fr: Strings = {
  wayoutAdmin: {
    embedNav: 'Intégrer le widget',
    embedHeading: 'Intégrer le widget WayOut',
    embedIntro:
      'Les sites partenaires affichent le contenu de WayOut avec un script et un élément. Choisissez ci-dessous, vérifiez l’aperçu et copiez le code. Le contenu reste à jour : il est lu dans ce CMS à chaque affichage de la page.',
    embedOptions: 'Widget et options',
    embedWidget: 'Widget',
    embedLanguage: 'Langue',
    embedSite: 'Site',
    embedItems: 'Éléments',
    embedCategory: 'Catégorie',
    embedAllCategories: 'Toutes',
    embedWorkPackage: 'Lot de travail (0 : tout le projet)',
    embedEvents: 'Événements',
    embedUpcoming: 'À venir',
    embedPast: 'Passés',
    embedTheme: 'Thème',
    embedLight: 'Clair',
    embedDark: 'Sombre',
    embedWidgetProject: 'Fiche du projet (objectifs, résultats, partenaires, financement)',
    embedWidgetNews: 'Dernières actualités',
    embedWidgetEvents: 'Événements',
    embedWidgetPartners: 'Partenaires',
    embedWidgetDeliverables: 'Livrables (avec liens DOI)',
    embedWidgetSubscribe: 'Inscription à la lettre d’information',
    embedSnippet: 'Code',
    embedSnippetLabel: 'Code à copier',
    embedCopy: 'Copier le code',
    embedCopied: 'Copié',
    embedPinned: 'Le script est épinglé par son empreinte Subresource Integrity ({{size}} Ko compressé).',
    embedUnpinned: 'Pour des mises à jour automatiques, utilisez plutôt cette adresse, sans l’attribut integrity :',
    embedNotBuilt: 'Le paquet du widget n’est pas construit : lancez npm run build.',
    embedPreview: 'Aperçu',
  },
}

const de: Strings = {
  wayoutAdmin: {
    embedNav: 'Widget einbinden',
    embedHeading: 'Das WayOut-Widget einbinden',
    embedIntro:
      'Partnerseiten zeigen WayOut-Inhalte mit einem Skript und einem Element. Wählen Sie unten aus, prüfen Sie die Vorschau und kopieren Sie den Code. Die Inhalte bleiben aktuell: Sie werden bei jedem Seitenaufruf aus diesem CMS gelesen.',
    embedOptions: 'Widget und Optionen',
    embedWidget: 'Widget',
    embedLanguage: 'Sprache',
    embedSite: 'Website',
    embedItems: 'Einträge',
    embedCategory: 'Kategorie',
    embedAllCategories: 'Alle',
    embedWorkPackage: 'Arbeitspaket (0: das ganze Projekt)',
    embedEvents: 'Veranstaltungen',
    embedUpcoming: 'Kommende',
    embedPast: 'Vergangene',
    embedTheme: 'Farbschema',
    embedLight: 'Hell',
    embedDark: 'Dunkel',
    embedWidgetProject: 'Projektkarte (Ziele, Ergebnisse, Partner, Förderung)',
    embedWidgetNews: 'Neueste Meldungen',
    embedWidgetEvents: 'Veranstaltungen',
    embedWidgetPartners: 'Partner',
    embedWidgetDeliverables: 'Projektergebnisse (mit DOI-Links)',
    embedWidgetSubscribe: 'Newsletter-Anmeldung',
    embedSnippet: 'Code',
    embedSnippetLabel: 'Code zum Kopieren',
    embedCopy: 'Code kopieren',
    embedCopied: 'Kopiert',
    embedPinned: 'Das Skript ist über seinen Subresource-Integrity-Hash festgelegt ({{size}} KB komprimiert).',
    embedUnpinned:
      'Für automatische Aktualisierungen verwenden Sie stattdessen diese Adresse ohne das Attribut integrity:',
    embedNotBuilt: 'Das Widget-Paket ist nicht gebaut: Führen Sie npm run build aus.',
    embedPreview: 'Vorschau',
  },
}

const pt: Strings = {
  wayoutAdmin: {
    embedNav: 'Incorporar o widget',
    embedHeading: 'Incorporar o widget WayOut',
    embedIntro:
      'Os sites dos parceiros mostram conteúdos da WayOut com um script e um elemento. Escolha abaixo, verifique a pré-visualização e copie o código. O conteúdo mantém-se atualizado: é lido deste CMS sempre que a página é mostrada.',
    embedOptions: 'Widget e opções',
    embedWidget: 'Widget',
    embedLanguage: 'Língua',
    embedSite: 'Site',
    embedItems: 'Itens',
    embedCategory: 'Categoria',
    embedAllCategories: 'Todas',
    embedWorkPackage: 'Pacote de trabalho (0: todo o projeto)',
    embedEvents: 'Eventos',
    embedUpcoming: 'Próximos',
    embedPast: 'Passados',
    embedTheme: 'Tema',
    embedLight: 'Claro',
    embedDark: 'Escuro',
    embedWidgetProject: 'Ficha do projeto (objetivos, resultados, parceiros, financiamento)',
    embedWidgetNews: 'Últimas notícias',
    embedWidgetEvents: 'Eventos',
    embedWidgetPartners: 'Parceiros',
    embedWidgetDeliverables: 'Entregáveis (com ligações DOI)',
    embedWidgetSubscribe: 'Subscrição da newsletter',
    embedSnippet: 'Código',
    embedSnippetLabel: 'Código a copiar',
    embedCopy: 'Copiar o código',
    embedCopied: 'Copiado',
    embedPinned: 'O script está fixado pelo seu hash Subresource Integrity ({{size}} KB comprimido).',
    embedUnpinned: 'Para atualizações automáticas, use antes este endereço, sem o atributo integrity:',
    embedNotBuilt: 'O pacote do widget não está construído: execute npm run build.',
    embedPreview: 'Pré-visualização',
  },
}

const nl: Strings = {
  wayoutAdmin: {
    embedNav: 'Widget insluiten',
    embedHeading: 'De WayOut-widget insluiten',
    embedIntro:
      'Partnersites tonen WayOut-inhoud met één script en één element. Kies hieronder, controleer het voorbeeld en kopieer de code. De inhoud blijft actueel: die wordt bij elke weergave van de pagina uit dit CMS gelezen.',
    embedOptions: 'Widget en opties',
    embedWidget: 'Widget',
    embedLanguage: 'Taal',
    embedSite: 'Site',
    embedItems: 'Items',
    embedCategory: 'Categorie',
    embedAllCategories: 'Alle',
    embedWorkPackage: 'Werkpakket (0: het hele project)',
    embedEvents: 'Evenementen',
    embedUpcoming: 'Komende',
    embedPast: 'Afgelopen',
    embedTheme: 'Thema',
    embedLight: 'Licht',
    embedDark: 'Donker',
    embedWidgetProject: 'Projectkaart (doelstellingen, resultaten, partners, financiering)',
    embedWidgetNews: 'Laatste nieuws',
    embedWidgetEvents: 'Evenementen',
    embedWidgetPartners: 'Partners',
    embedWidgetDeliverables: 'Deliverables (met DOI-links)',
    embedWidgetSubscribe: 'Aanmelden voor de nieuwsbrief',
    embedSnippet: 'Code',
    embedSnippetLabel: 'Code om te kopiëren',
    embedCopy: 'Code kopiëren',
    embedCopied: 'Gekopieerd',
    embedPinned: 'Het script is vastgepind met zijn Subresource Integrity-hash ({{size}} KB gecomprimeerd).',
    embedUnpinned: 'Gebruik voor automatische updates in plaats daarvan dit adres, zonder het attribuut integrity:',
    embedNotBuilt: 'De widgetbundel is niet gebouwd: voer npm run build uit.',
    embedPreview: 'Voorbeeld',
  },
}

export const adminViewStrings = { en, fr, de, pt, nl } satisfies Record<Locale, Strings>

type AdminViewText = (key: NestedKeysStripped<Strings>, values?: Record<string, unknown>) => string

/** Payload's `t` (typed for its own keys only) as a reader of these keys too. */
export const adminViewText = (t: unknown) => t as AdminViewText
