/**
 * Every fact seeded comes from the two source documents in shared/seeds: the WayOut site text
 * (000) and CEP's project page (001). Where a source gives no value (grant number, event times,
 * publication dates), none is made up: see the notes beside each choice.
 */
import type { CountryCode } from '@/fields/countries'
import type { SupportedTimezones } from '@/payload-types'

import type { eventTypes } from '@collections/Events'
import type { partnerRoles } from '@collections/Partners'

export const project = {
  name: 'WayOut',
  acronym: 'WayOut',
  fullTitle: 'Integrated Exit Programme for Prison and Probation',
  // CEP's own words (001), shortened.
  tagline: 'Improving and facilitating the implementation of exit programmes in prison and probation settings',
  summary:
    'The WayOut project – Integrated Exit Programme for Prisons and Probation – is fundamentally aimed at building a common framework to evaluate exit programmes along with the development of an innovative and integrated programme based on proven effectiveness approaches. Ultimately the project will improve and facilitate the implementation of exit programmes across the criminal justice system, namely in prison and probation settings. Hence, this project responds to one of the European Union’s security concerns: the problem of radicalisation leading to violent extremism.',
  funding: {
    programme: 'Internal Security Fund',
    body: 'Home Affairs – European Commission',
    statement: 'Funded by the European Union’s Internal Security Fund',
    disclaimer:
      'The content of this website represents the views of the authors only and is their sole responsibility. The European Commission does not accept any responsibility for use that may be made of the information it contains.',
  },
  // Official timeframe as CEP publishes it (001); 000 dates the intensive work Nov 2019 – Feb 2021.
  timeframe: {
    start: '2018-12-01',
    end: '2021-03-01',
    note: 'Official project dates, as published by CEP. The WayOut website dates the project’s intensive work from November 2019 to February 2021.',
  },
  coordinator: 'UT2J',
}

export const objectives = [
  'To provide a detailed account of the current state of the art in deradicalisation research and other relevant disciplines related to desistance and rehabilitation;',
  'To develop a common framework to systematically evaluate exit programmes;',
  'To create an integrated programme based on approaches with proven effectiveness;',
  'To develop a training course on exit strategies to practitioners;',
  'To raise awareness among law enforcement officials about the benefits of implementing such programmes.',
]

export const outcomes = [
  'An improved and facilitated implementation of exit programmes that are based on approaches with proven effectiveness;',
  'An increased awareness and understanding by the criminal justice professionals (judiciary, prisons, probation, and community organisations) about exit programmes;',
  'An improved knowledge about the efficacy of exit programmes and of ‘what works’;',
  'A more capable prison staff to deal with inmates at risk of radicalisation or who are already radicalised;',
  'Prisons and probation systems will implement the necessary and appropriate tools to analyse existing networks, collect information and develop communication processes between different organisations (i.e., community, prison, probation, police, intelligence services);',
  'A better understanding of what works in the field of exit strategies at the European level;',
  'The lessons learned from the project will feed into the European debate and inform policymakers, obtaining the confidence of judges, prosecutors and all those responsible for adopting these strategies, as well as the community at large.',
]

type SeedPartner = {
  shortName: string
  name: string
  role: (typeof partnerRoles)[number]
  // The sources give no country for the two European networks.
  country?: CountryCode
}

/** Short names are those the work-package list (000) uses, or the organisation's own acronym. */
export const partners: SeedPartner[] = [
  { shortName: 'UT2J', name: 'Université Toulouse – Jean Jaurès', role: 'coordinator', country: 'FR' },
  {
    shortName: 'IPS',
    name: 'IPS_Innovative Prison Systems (Qualify Just – IT Solutions and Consulting Ltd)',
    role: 'partner',
    country: 'PT',
  },
  { shortName: 'UBI', name: 'BSAFE LAB of UBI University', role: 'partner', country: 'PT' },
  {
    shortName: 'Avans',
    name: 'AVANS University of Applied Sciences – Centre of Expertise for Public Safety and Criminal Justice',
    role: 'partner',
    country: 'NL',
  },
  {
    shortName: 'FOD Justitie – SPF Justice',
    name: 'De Federale Overheidsdienst Justitie – Le Service Public Federal Justice',
    role: 'partner',
    country: 'BE',
  },
  { shortName: 'Bremen', name: 'Bremen Senate of Justice and Constitution', role: 'partner', country: 'DE' },
  { shortName: 'VPN', name: 'Violence Prevention Network EV', role: 'partner', country: 'DE' },
  { shortName: 'CEP', name: 'CEP – Confederation of European Probation', role: 'associated' },
  {
    shortName: 'EuroPris',
    name: 'EuroPris – European Organisation of Prison and Correctional Services',
    role: 'associated',
  },
]

export const workPackages = [
  {
    number: 1,
    title: 'Management and coordination of the action',
    description: 'Develop management methodology, project meetings and manage administrative criteria.',
    months: 27,
    lead: 'UT2J',
    country: 'FR',
  },
  {
    number: 2,
    title: 'State of art analysis',
    description: 'Research and mapping on existing exit strategies.',
    months: 5,
    lead: 'UBI',
    country: 'PT',
  },
  {
    number: 3,
    title: 'Evaluation framework of exit programmes',
    description: 'Scientific peer review on similar and existing exit programmes and develop an evaluation framework.',
    months: 9,
    lead: 'UBI',
    country: 'PT',
  },
  {
    number: 4,
    title: 'Integrated exit programme',
    description: 'Proposal of methods, way of working, preconditions based on learned lessons and what works.',
    months: 3,
    lead: 'Avans',
    country: 'NL',
  },
  {
    number: 5,
    title: 'Training course on exit strategies and implementation of the developed programme',
    description: 'Develop, pilot and fine tune of b-learning and train the trainer courses.',
    months: 5,
    lead: 'IPS',
    country: 'PT',
  },
  {
    number: 6,
    title: 'Stakeholders awareness campaign',
    description: 'Organise national roundtables.',
    months: 10,
    lead: 'VPN',
    country: 'DE',
  },
  {
    number: 7,
    title: 'Promising practice repository',
    description: 'Develop an online platform to disseminate promising practices.',
    months: 5,
    lead: 'IPS',
    country: 'PT',
  },
  {
    number: 8,
    title: 'Dissemination and mainstreaming',
    description:
      'Develop strategy & plan, project website, disseminate exit strategies good practices, run exit programmes certification courses for prison, probation, and NGOs staff, final public conference.',
    months: 27,
    lead: 'UT2J',
    country: 'FR',
  },
] as const

export const categories = [
  { key: 'events', title: 'Events' },
  { key: 'training', title: 'Training course' },
] as const

type SeedEvent = {
  slug: string
  title: string
  type: (typeof eventTypes)[number]
  // The sources give days, not times: events are seeded as all-day, in the organiser's time zone
  // where one is named, else Brussels (CET, as the events were European and online).
  days: string[]
  timeZone: SupportedTimezones
  organiser?: string
  onlineUrl?: string
  summary: string
  audience?: string
  category: 'events' | 'training'
}

export const events: SeedEvent[] = [
  {
    slug: 'european-conference-preventing-polarisation-2021',
    title: 'European Conference on preventing polarisation & violent radicalisation: how to strengthen resilience',
    type: 'conference',
    days: ['2021-04-26', '2021-04-29'],
    timeZone: 'Europe/Brussels',
    summary:
      'Six European projects on the prevention of polarisation and radicalisation, among which WayOut, are jointly organising an online conference on 26-29 April 2021.',
    category: 'events',
  },
  {
    slug: 'wayout-final-conference',
    title: 'WayOut Final Conference',
    type: 'conference',
    days: ['2021-02-15', '2021-02-16'],
    timeZone: 'Europe/Paris',
    organiser: 'UT2J',
    summary:
      'The WayOut project (“Integrated Exit Program for Prison and Probation”), led by the University of Toulouse-Jean Jaurès, holds its final conference on 15 and 16 February 2021 with a series of two online webinars on the project’s main results and recommendations, concluding more than two years of intensive work (from November 2019 to February 2021). The conference was originally scheduled to take place in Paris, but the event was cancelled because of the lockdown measures imposed throughout Europe in response to the Covid-19 pandemic.',
    category: 'events',
  },
  {
    slug: 'online-course-first-edition',
    title: 'Online course on integrated exit programmes – first edition',
    type: 'training',
    days: ['2021-01-27', '2021-01-29'],
    timeZone: 'Europe/Brussels',
    summary:
      'The course on integrated exit programs based on learned lessons and what works takes place in two editions; the first one on 27 and 29 January 2021. It foresees the participation of approximately 25 professionals from the different participating WayOut countries (France, Germany, Portugal and the Netherlands) and other EU and third countries.',
    audience:
      'Prison staff: governors, prison officers, psychologists, educators, social workers. Probation staff: directors, probation officers, psychologists, social workers. Community organisations working closely with prison and probation services: professionals from NGOs / CSOs, non-profit organisations, voluntary associations working with convicted persons or ex-offenders.',
    category: 'training',
  },
  {
    slug: 'online-course-second-edition',
    title: 'Online course on integrated exit programmes – second edition',
    type: 'training',
    days: ['2021-02-01', '2021-02-05'],
    timeZone: 'Europe/Brussels',
    summary:
      'The second edition of the course on integrated exit programs based on learned lessons and what works takes place on 1, 3 and 5 February 2021, for approximately 25 professionals from the participating WayOut countries and other EU and third countries.',
    audience:
      'Prison staff: governors, prison officers, psychologists, educators, social workers. Probation staff: directors, probation officers, psychologists, social workers. Community organisations working closely with prison and probation services: professionals from NGOs / CSOs, non-profit organisations, voluntary associations working with convicted persons or ex-offenders.',
    category: 'training',
  },
  {
    slug: 'role-of-gender-in-exit-programs',
    title: 'The role of gender in exit programs',
    type: 'discussion',
    days: ['2020-11-03'],
    timeZone: 'Europe/Berlin',
    organiser: 'VPN',
    onlineUrl: 'https://www.facebook.com/ViolencePreventionNetworkDeutschland',
    summary:
      'On 3 November 2020, Violence Prevention Network (VPN) organises from Germany a European online discussion on gender-relevant aspects of exit work. Participation of international speakers is expected: Karen Winther, Dr. Joana Cook, Myassa Kraitt, Fabian Wichmann and Katherine Brown. The language of the meeting is English. The event is streamed live on Facebook.',
    category: 'events',
  },
]

export const sites = [
  {
    key: 'wayout',
    name: 'WayOut',
    hostnames: ['wayout.localhost', 'localhost'],
    isDefault: true,
    theme: { primary: '#1d3c6e', accent: '#c8102e' },
    navigation: [
      { path: '/', label: 'Home' },
      { path: '/about', label: 'About' },
      { path: '/work-packages', label: 'Work packages' },
      { path: '/partners', label: 'Partners' },
      { path: '/news', label: 'News' },
      { path: '/events', label: 'Events' },
      { path: '/deliverables', label: 'Deliverables' },
      { path: '/training', label: 'Training course' },
      { path: '/newsletters', label: 'Newsletter' },
    ],
  },
  {
    key: 'practices',
    name: 'WayOut Promising Practice Repository',
    hostnames: ['practices.localhost'],
    isDefault: false,
    theme: { primary: '#0f5e4a', accent: '#c8102e' },
    navigation: [{ path: '/', label: 'Practices' }],
  },
] as const
