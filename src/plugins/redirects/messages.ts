import type { PayloadRequest } from 'payload'

/** The refusals of a redirect, in the admin's five languages. */
const messages = {
  notPath: {
    en: 'Give a path on this site, starting with a single “/” (for example /en/news/new-title); addresses on other hosts are not allowed.',
    fr: 'Indiquez un chemin sur ce site, commençant par un seul « / » (par exemple /fr/news/nouveau-titre) ; les adresses d’autres hôtes ne sont pas admises.',
    de: 'Geben Sie einen Pfad auf dieser Website an, der mit einem einzelnen „/“ beginnt (z. B. /de/news/neuer-titel); Adressen anderer Hosts sind nicht erlaubt.',
    pt: 'Indique um caminho neste site, começando por uma única «/» (por exemplo /pt/news/novo-titulo); endereços de outros servidores não são permitidos.',
    nl: 'Geef een pad op deze website, beginnend met één “/” (bijvoorbeeld /nl/news/nieuwe-titel); adressen op andere hosts zijn niet toegestaan.',
  },
  self: {
    en: 'A redirect cannot lead to its own address.',
    fr: 'Une redirection ne peut pas mener à sa propre adresse.',
    de: 'Eine Weiterleitung kann nicht auf ihre eigene Adresse führen.',
    pt: 'Um redirecionamento não pode levar ao seu próprio endereço.',
    nl: 'Een doorverwijzing kan niet naar haar eigen adres leiden.',
  },
  loop: {
    en: 'This would make a redirect loop: the target already redirects back to this address.',
    fr: 'Cela créerait une boucle de redirections : la cible redirige déjà vers cette adresse.',
    de: 'Das ergäbe eine Weiterleitungsschleife: Das Ziel leitet bereits auf diese Adresse zurück.',
    pt: 'Isto criaria um ciclo de redirecionamentos: o destino já redireciona para este endereço.',
    nl: 'Dit zou een doorverwijzingslus maken: het doel verwijst al terug naar dit adres.',
  },
  taken: {
    en: 'This site already has a redirect from this address.',
    fr: 'Ce site a déjà une redirection depuis cette adresse.',
    de: 'Diese Website hat bereits eine Weiterleitung von dieser Adresse.',
    pt: 'Este site já tem um redirecionamento a partir deste endereço.',
    nl: 'Deze website heeft al een doorverwijzing vanaf dit adres.',
  },
} as const

export type Refusal = keyof typeof messages

/** A refusal in the language of the person who asked (the admin's language), English otherwise. */
export const refusal = (req: PayloadRequest, key: Refusal) => {
  const texts = messages[key]
  return Object.entries(texts).find(([code]) => code === req.i18n?.language)?.[1] ?? texts.en
}
