/**
 * Translations of the seeded project texts in content.ts, one entry per non-English locale.
 * They say what the English says and nothing more: lists keep the order and punctuation of
 * `objectives` and `outcomes` in content.ts, proper names stay as they are, and the funding lines
 * use the EU's own wording for the Internal Security Fund and its standard disclaimer.
 */
import type { Locale } from '@/i18n/locales'

export type SeedTranslation = {
  fullTitle: string
  tagline: string
  summary: string
  funding: { programme: string; body: string; statement: string; disclaimer: string }
  timeframeNote: string
  /** Exactly 5, in the order of `objectives` in content.ts. */
  objectives: string[]
  /** Exactly 7, in the order of `outcomes` in content.ts. */
  outcomes: string[]
  siteNames: { wayout: string; practices: string }
  navigation: Record<
    | 'Home'
    | 'About'
    | 'Work packages'
    | 'Partners'
    | 'News'
    | 'Events'
    | 'Deliverables'
    | 'Practices'
    | 'Training course'
    | 'Newsletter',
    string
  >
}

export const translations: Record<Exclude<Locale, 'en'>, SeedTranslation> = {
  fr: {
    fullTitle: 'Programme de sortie intégré pour la prison et la probation',
    tagline: 'Améliorer et faciliter la mise en œuvre des programmes de sortie en milieu pénitentiaire et en probation',
    summary:
      'Le projet WayOut – Programme de sortie intégré pour la prison et la probation – vise fondamentalement à construire un cadre commun d’évaluation des programmes de sortie, ainsi qu’à développer un programme innovant et intégré fondé sur des approches dont l’efficacité est avérée. À terme, le projet améliorera et facilitera la mise en œuvre des programmes de sortie dans l’ensemble du système de justice pénale, à savoir en milieu pénitentiaire et en probation. Ce projet répond ainsi à l’une des préoccupations de l’Union européenne en matière de sécurité : le problème de la radicalisation menant à l’extrémisme violent.',
    funding: {
      programme: 'Fonds pour la sécurité intérieure',
      body: 'Affaires intérieures – Commission européenne',
      statement: 'Financé par le Fonds pour la sécurité intérieure de l’Union européenne',
      disclaimer:
        'Le contenu de ce site web représente uniquement les opinions des auteurs et relève de leur seule responsabilité. La Commission européenne n’accepte aucune responsabilité quant à l’usage qui pourrait être fait des informations qu’il contient.',
    },
    timeframeNote:
      'Dates officielles du projet, telles que publiées par la CEP. Le site web de WayOut situe le travail intensif du projet entre novembre 2019 et février 2021.',
    objectives: [
      'Dresser un état des lieux détaillé de la recherche actuelle sur la déradicalisation et dans d’autres disciplines pertinentes liées à la désistance et à la réinsertion ;',
      'Élaborer un cadre commun permettant d’évaluer de manière systématique les programmes de sortie ;',
      'Créer un programme intégré fondé sur des approches dont l’efficacité est avérée ;',
      'Concevoir une formation sur les stratégies de sortie à destination des professionnels ;',
      'Sensibiliser les agents des services répressifs aux avantages de la mise en œuvre de tels programmes.',
    ],
    outcomes: [
      'Une mise en œuvre améliorée et facilitée des programmes de sortie fondés sur des approches dont l’efficacité est avérée ;',
      'Une sensibilisation et une compréhension accrues des programmes de sortie chez les professionnels de la justice pénale (magistrature, services pénitentiaires, probation et structures associatives) ;',
      'Une meilleure connaissance de l’efficacité des programmes de sortie et de « ce qui fonctionne » ;',
      'Un personnel pénitentiaire mieux à même de prendre en charge les détenus à risque de radicalisation ou déjà radicalisés ;',
      'Les systèmes pénitentiaires et de probation mettront en œuvre les outils nécessaires et appropriés pour analyser les réseaux existants, recueillir des informations et développer des processus de communication entre les différentes organisations (c’est-à-dire milieu associatif, prison, probation, police, services de renseignement) ;',
      'Une meilleure compréhension de ce qui fonctionne en matière de stratégies de sortie au niveau européen ;',
      'Les enseignements tirés du projet alimenteront le débat européen et éclaireront les décideurs politiques, en gagnant la confiance des juges, des procureurs et de tous les responsables de l’adoption de ces stratégies, ainsi que de la société dans son ensemble.',
    ],
    siteNames: {
      wayout: 'WayOut',
      practices: 'Répertoire des pratiques prometteuses WayOut',
    },
    navigation: {
      Home: 'Accueil',
      About: 'À propos',
      'Work packages': 'Lots de travail',
      Partners: 'Partenaires',
      News: 'Actualités',
      Events: 'Événements',
      Deliverables: 'Livrables',
      Practices: 'Pratiques',
      'Training course': 'Formation',
      Newsletter: 'Lettre d’information',
    },
  },

  de: {
    fullTitle: 'Integriertes Ausstiegsprogramm für Strafvollzug und Bewährungshilfe',
    tagline: 'Die Umsetzung von Ausstiegsprogrammen in Strafvollzug und Bewährungshilfe verbessern und erleichtern',
    summary:
      'Das Projekt WayOut – Integriertes Ausstiegsprogramm für Strafvollzug und Bewährungshilfe – zielt im Kern darauf ab, einen gemeinsamen Rahmen für die Evaluation von Ausstiegsprogrammen zu schaffen und zugleich ein innovatives, integriertes Programm auf der Grundlage von Ansätzen mit nachgewiesener Wirksamkeit zu entwickeln. Letztlich wird das Projekt die Umsetzung von Ausstiegsprogrammen im gesamten Strafjustizsystem, namentlich im Strafvollzug und in der Bewährungshilfe, verbessern und erleichtern. Damit greift das Projekt eines der Sicherheitsanliegen der Europäischen Union auf: das Problem der Radikalisierung, die zu gewaltbereitem Extremismus führt.',
    funding: {
      programme: 'Fonds für die innere Sicherheit',
      body: 'Inneres – Europäische Kommission',
      statement: 'Finanziert aus dem Fonds für die innere Sicherheit der Europäischen Union',
      disclaimer:
        'Der Inhalt dieser Website gibt ausschließlich die Meinung der Autoren wieder und liegt in deren alleiniger Verantwortung. Die Europäische Kommission übernimmt keine Verantwortung für jegliche Verwendung der darin enthaltenen Informationen.',
    },
    timeframeNote:
      'Offizielle Projektdaten, wie von der CEP veröffentlicht. Laut der WayOut-Website fand die intensive Projektarbeit von November 2019 bis Februar 2021 statt.',
    objectives: [
      'Einen detaillierten Überblick über den aktuellen Forschungsstand zur Deradikalisierung und in anderen relevanten Disziplinen im Zusammenhang mit Desistance und Resozialisierung geben;',
      'Einen gemeinsamen Rahmen für die systematische Evaluation von Ausstiegsprogrammen entwickeln;',
      'Ein integriertes Programm auf der Grundlage von Ansätzen mit nachgewiesener Wirksamkeit schaffen;',
      'Eine Schulung zu Ausstiegsstrategien für Fachkräfte aus der Praxis entwickeln;',
      'Bedienstete der Strafverfolgungsbehörden für den Nutzen der Umsetzung solcher Programme sensibilisieren.',
    ],
    outcomes: [
      'Eine verbesserte und erleichterte Umsetzung von Ausstiegsprogrammen, die auf Ansätzen mit nachgewiesener Wirksamkeit beruhen;',
      'Ein gestärktes Bewusstsein und Verständnis der Fachkräfte der Strafjustiz (Gerichte, Strafvollzug, Bewährungshilfe und zivilgesellschaftliche Organisationen) für Ausstiegsprogramme;',
      'Besseres Wissen über die Wirksamkeit von Ausstiegsprogrammen und darüber, „was wirkt“;',
      'Vollzugspersonal, das besser für den Umgang mit radikalisierungsgefährdeten oder bereits radikalisierten Gefangenen gerüstet ist;',
      'Strafvollzug und Bewährungshilfe werden die notwendigen und geeigneten Instrumente einführen, um bestehende Netzwerke zu analysieren, Informationen zu sammeln und Kommunikationsprozesse zwischen verschiedenen Organisationen (d. h. Zivilgesellschaft, Strafvollzug, Bewährungshilfe, Polizei, Nachrichtendienste) zu entwickeln;',
      'Ein besseres Verständnis dessen, was im Bereich der Ausstiegsstrategien auf europäischer Ebene wirkt;',
      'Die aus dem Projekt gewonnenen Erkenntnisse werden in die europäische Debatte einfließen, politischen Entscheidungsträgern als Grundlage dienen und so das Vertrauen von Richtern, Staatsanwälten und allen für die Einführung dieser Strategien Verantwortlichen sowie der Gesellschaft insgesamt gewinnen.',
    ],
    siteNames: {
      wayout: 'WayOut',
      practices: 'WayOut-Sammlung vielversprechender Praxisansätze',
    },
    navigation: {
      Home: 'Startseite',
      About: 'Über das Projekt',
      'Work packages': 'Arbeitspakete',
      Partners: 'Partner',
      News: 'Aktuelles',
      Events: 'Veranstaltungen',
      Deliverables: 'Projektergebnisse',
      Practices: 'Praxisansätze',
      'Training course': 'Schulung',
      Newsletter: 'Newsletter',
    },
  },

  pt: {
    fullTitle: 'Programa Integrado de Saída para Prisões e Reinserção Social',
    tagline: 'Melhorar e facilitar a implementação de programas de saída em contexto prisional e de reinserção social',
    summary:
      'O projeto WayOut – Programa Integrado de Saída para Prisões e Reinserção Social – tem como objetivo fundamental construir um quadro comum para avaliar programas de saída, a par do desenvolvimento de um programa inovador e integrado, baseado em abordagens de eficácia comprovada. Em última análise, o projeto irá melhorar e facilitar a implementação de programas de saída em todo o sistema de justiça penal, nomeadamente em contexto prisional e de reinserção social. Assim, este projeto responde a uma das preocupações da União Europeia em matéria de segurança: o problema da radicalização que conduz ao extremismo violento.',
    funding: {
      programme: 'Fundo para a Segurança Interna',
      body: 'Assuntos Internos – Comissão Europeia',
      statement: 'Financiado pelo Fundo para a Segurança Interna da União Europeia',
      disclaimer:
        'O conteúdo deste sítio web representa apenas as opiniões dos autores e é da sua exclusiva responsabilidade. A Comissão Europeia não aceita qualquer responsabilidade pela utilização que possa ser feita das informações nele contidas.',
    },
    timeframeNote:
      'Datas oficiais do projeto, tal como publicadas pela CEP. O sítio web do WayOut situa o trabalho intensivo do projeto entre novembro de 2019 e fevereiro de 2021.',
    objectives: [
      'Apresentar um retrato detalhado do estado da arte da investigação sobre desradicalização e de outras disciplinas relevantes relacionadas com a desistência do crime e a reabilitação;',
      'Desenvolver um quadro comum para avaliar sistematicamente os programas de saída;',
      'Criar um programa integrado baseado em abordagens de eficácia comprovada;',
      'Desenvolver um curso de formação sobre estratégias de saída destinado a profissionais;',
      'Sensibilizar os agentes das autoridades de aplicação da lei para os benefícios da implementação destes programas.',
    ],
    outcomes: [
      'Uma implementação melhorada e facilitada de programas de saída baseados em abordagens de eficácia comprovada;',
      'Uma maior sensibilização e compreensão dos profissionais da justiça penal (magistratura, serviços prisionais, reinserção social e organizações comunitárias) sobre os programas de saída;',
      'Um melhor conhecimento sobre a eficácia dos programas de saída e sobre «o que funciona»;',
      'Profissionais do sistema prisional mais capacitados para lidar com reclusos em risco de radicalização ou já radicalizados;',
      'Os sistemas prisional e de reinserção social irão implementar as ferramentas necessárias e adequadas para analisar as redes existentes, recolher informação e desenvolver processos de comunicação entre as diferentes organizações (isto é, comunidade, prisão, reinserção social, polícia, serviços de informações);',
      'Uma melhor compreensão do que funciona no domínio das estratégias de saída a nível europeu;',
      'As lições aprendidas com o projeto irão alimentar o debate europeu e informar os decisores políticos, conquistando a confiança de juízes, procuradores e de todos os responsáveis pela adoção destas estratégias, bem como da comunidade em geral.',
    ],
    siteNames: {
      wayout: 'WayOut',
      practices: 'Repositório WayOut de Práticas Promissoras',
    },
    navigation: {
      Home: 'Início',
      About: 'Sobre o projeto',
      'Work packages': 'Pacotes de trabalho',
      Partners: 'Parceiros',
      News: 'Notícias',
      Events: 'Eventos',
      Deliverables: 'Entregáveis',
      Practices: 'Práticas',
      'Training course': 'Curso de formação',
      Newsletter: 'Boletim informativo',
    },
  },

  nl: {
    fullTitle: 'Geïntegreerd exitprogramma voor gevangeniswezen en reclassering',
    tagline:
      'De implementatie van exitprogramma’s in het gevangeniswezen en de reclassering verbeteren en vergemakkelijken',
    summary:
      'Het project WayOut – Geïntegreerd exitprogramma voor gevangeniswezen en reclassering – is in wezen gericht op het opbouwen van een gemeenschappelijk kader voor de evaluatie van exitprogramma’s, samen met de ontwikkeling van een innovatief en geïntegreerd programma op basis van aantoonbaar effectieve benaderingen. Uiteindelijk zal het project de implementatie van exitprogramma’s in de hele strafrechtketen verbeteren en vergemakkelijken, met name in het gevangeniswezen en de reclassering. Daarmee speelt dit project in op een van de veiligheidsvraagstukken van de Europese Unie: het probleem van radicalisering die leidt tot gewelddadig extremisme.',
    funding: {
      programme: 'Fonds voor interne veiligheid',
      body: 'Binnenlandse Zaken – Europese Commissie',
      statement: 'Gefinancierd door het Fonds voor interne veiligheid van de Europese Unie',
      disclaimer:
        'De inhoud van deze website geeft uitsluitend de mening van de auteurs weer en valt onder hun eigen verantwoordelijkheid. De Europese Commissie aanvaardt geen verantwoordelijkheid voor het gebruik dat van de hierin vervatte informatie wordt gemaakt.',
    },
    timeframeNote:
      'Officiële projectdatums, zoals gepubliceerd door CEP. Volgens de WayOut-website liep het intensieve werk aan het project van november 2019 tot februari 2021.',
    objectives: [
      'Een gedetailleerd overzicht geven van de huidige stand van het onderzoek naar deradicalisering en van andere relevante disciplines op het gebied van desistance en rehabilitatie;',
      'Een gemeenschappelijk kader ontwikkelen om exitprogramma’s systematisch te evalueren;',
      'Een geïntegreerd programma opzetten op basis van aantoonbaar effectieve benaderingen;',
      'Een opleiding over exitstrategieën voor professionals uit de praktijk ontwikkelen;',
      'Bij rechtshandhavers het bewustzijn vergroten van de voordelen van het invoeren van dergelijke programma’s.',
    ],
    outcomes: [
      'Een verbeterde en vergemakkelijkte implementatie van exitprogramma’s die gebaseerd zijn op aantoonbaar effectieve benaderingen;',
      'Meer bewustzijn en begrip van exitprogramma’s bij professionals in de strafrechtketen (rechterlijke macht, gevangeniswezen, reclassering en maatschappelijke organisaties);',
      'Betere kennis van de effectiviteit van exitprogramma’s en van ‘wat werkt’;',
      'Gevangenispersoneel dat beter in staat is om te gaan met gedetineerden die risico lopen te radicaliseren of al geradicaliseerd zijn;',
      'Het gevangeniswezen en de reclassering zullen de noodzakelijke en passende instrumenten invoeren om bestaande netwerken te analyseren, informatie te verzamelen en communicatieprocessen tussen verschillende organisaties te ontwikkelen (d.w.z. maatschappelijke organisaties, gevangenis, reclassering, politie, inlichtingendiensten);',
      'Een beter inzicht in wat werkt op het gebied van exitstrategieën op Europees niveau;',
      'De lessen uit het project zullen bijdragen aan het Europese debat en beleidsmakers informeren, en zo het vertrouwen winnen van rechters, officieren van justitie en iedereen die verantwoordelijk is voor het invoeren van deze strategieën, evenals van de samenleving als geheel.',
    ],
    siteNames: {
      wayout: 'WayOut',
      practices: 'WayOut-databank van veelbelovende praktijken',
    },
    navigation: {
      Home: 'Home',
      About: 'Over het project',
      'Work packages': 'Werkpakketten',
      Partners: 'Partners',
      News: 'Nieuws',
      Events: 'Evenementen',
      Deliverables: 'Deliverables',
      Practices: 'Praktijken',
      'Training course': 'Training',
      Newsletter: 'Nieuwsbrief',
    },
  },
}
