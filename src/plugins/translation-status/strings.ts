import type { NestedKeysStripped } from '@payloadcms/translations'

import type { Locale } from '@/i18n/locales'

/** Each content language named in each admin language, for the "missing in …" filter. */
export const languageLabels: Record<Locale, Record<Locale, string>> = {
  en: { en: 'English', fr: 'anglais', de: 'Englisch', pt: 'inglês', nl: 'Engels' },
  fr: { en: 'French', fr: 'français', de: 'Französisch', pt: 'francês', nl: 'Frans' },
  de: { en: 'German', fr: 'allemand', de: 'Deutsch', pt: 'alemão', nl: 'Duits' },
  pt: { en: 'Portuguese', fr: 'portugais', de: 'Portugiesisch', pt: 'português', nl: 'Portugees' },
  nl: { en: 'Dutch', fr: 'néerlandais', de: 'Niederländisch', pt: 'neerlandês', nl: 'Nederlands' },
}

export const missingLocalesLabel = {
  en: 'Missing translations',
  fr: 'Traductions manquantes',
  de: 'Fehlende Übersetzungen',
  pt: 'Traduções em falta',
  nl: 'Ontbrekende vertalingen',
} satisfies Record<Locale, string>

export const missingLocalesDescription = {
  en: 'Languages in which some text still shows the English. Filter the list by this field to find what is left to translate.',
  fr: 'Langues dans lesquelles une partie du texte s’affiche encore en anglais. Filtrez la liste sur ce champ pour trouver ce qui reste à traduire.',
  de: 'Sprachen, in denen ein Teil des Textes noch auf Englisch erscheint. Filtern Sie die Liste nach diesem Feld, um zu finden, was noch zu übersetzen ist.',
  pt: 'Línguas em que parte do texto ainda aparece em inglês. Filtre a lista por este campo para encontrar o que falta traduzir.',
  nl: 'Talen waarin een deel van de tekst nog in het Engels verschijnt. Filter de lijst op dit veld om te vinden wat nog vertaald moet worden.',
} satisfies Record<Locale, string>

/** The sidebar's strings (./UntranslatedFields), in Payload's admin translations. */
const en = {
  translationStatus: {
    heading: 'Not yet translated',
    source: 'English is the source language: the other languages fall back to it.',
    complete: 'Every field is translated into {{language}}.',
    showsEnglish: 'These fields still show the English text in {{language}}:',
    saveFirst: 'Save the document to see what is left to translate.',
  },
}

type Strings = typeof en

const fr: Strings = {
  translationStatus: {
    heading: 'Pas encore traduit',
    source: 'L’anglais est la langue source : les autres langues s’y rabattent.',
    complete: 'Tous les champs sont traduits en {{language}}.',
    showsEnglish: 'Ces champs affichent encore le texte anglais en {{language}} :',
    saveFirst: 'Enregistrez le document pour voir ce qui reste à traduire.',
  },
}

const de: Strings = {
  translationStatus: {
    heading: 'Noch nicht übersetzt',
    source: 'Englisch ist die Ausgangssprache: Die anderen Sprachen greifen darauf zurück.',
    complete: 'Alle Felder sind übersetzt ({{language}}).',
    showsEnglish: 'Diese Felder zeigen in der Sprache {{language}} noch den englischen Text:',
    saveFirst: 'Speichern Sie das Dokument, um zu sehen, was noch zu übersetzen ist.',
  },
}

const pt: Strings = {
  translationStatus: {
    heading: 'Ainda não traduzido',
    source: 'O inglês é a língua de origem: as outras línguas recorrem a ele.',
    complete: 'Todos os campos estão traduzidos para {{language}}.',
    showsEnglish: 'Estes campos ainda mostram o texto em inglês em {{language}}:',
    saveFirst: 'Guarde o documento para ver o que falta traduzir.',
  },
}

const nl: Strings = {
  translationStatus: {
    heading: 'Nog niet vertaald',
    source: 'Engels is de brontaal: de andere talen vallen erop terug.',
    complete: 'Alle velden zijn vertaald in het {{language}}.',
    showsEnglish: 'Deze velden tonen in het {{language}} nog de Engelse tekst:',
    saveFirst: 'Sla het document op om te zien wat nog vertaald moet worden.',
  },
}

export const translationStatusStrings = { en, fr, de, pt, nl } satisfies Record<Locale, Strings>

type TranslationStatusText = (key: NestedKeysStripped<Strings>, values?: Record<string, unknown>) => string

/** Payload's `t` (typed for its own keys only) as a reader of these keys too. */
export const translationStatusText = (t: unknown) => t as TranslationStatusText
