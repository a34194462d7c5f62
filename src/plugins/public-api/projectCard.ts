/** The project card of the public API: the factsheet with its statements and the consortium by role. */
import { z } from 'zod'

import type { Objective, Outcome, Partner, Project } from '@/payload-types'

import {
  absoluteUrl,
  dateTime,
  describe,
  fellBack,
  PartnerSummary,
  type FellBack,
  type Proof,
  type Same,
  type Shown,
} from './shapes'

export type Statement = Shown<Objective | Outcome, 'id' | 'text'> & FellBack<'text'>
export const Statement = z
  .object({ id: z.number(), text: z.string(), fellBack: fellBack(['text']) })
  .meta({ id: 'Statement' })

type Funding = Shown<
  NonNullable<Project['funding']>,
  'programme' | 'body' | 'grantNumber' | 'statement' | 'disclaimer'
> &
  FellBack<'programme' | 'body' | 'statement' | 'disclaimer'>
type Timeframe = Shown<Project['timeframe'], 'start' | 'end' | 'note'> & FellBack<'note'>

export type ProjectCard = Shown<Project, 'name' | 'acronym' | 'fullTitle' | 'tagline' | 'summary' | 'website'> & {
  funding: Funding
  timeframe: Timeframe
  objectives: Statement[]
  outcomes: Statement[]
  partners: Record<Partner['role'], PartnerSummary[]>
} & FellBack<'fullTitle' | 'tagline' | 'summary'>
export const ProjectCard = z
  .object({
    name: z.string(),
    acronym: z.string(),
    fullTitle: z.string(),
    tagline: z.string().nullable(),
    summary: z.string().nullable(),
    website: absoluteUrl.nullable(),
    funding: z
      .object({
        programme: z.string().nullable(),
        body: z.string().nullable(),
        grantNumber: z.string().nullable(),
        statement: z.string().nullable(),
        disclaimer: z.string().nullable(),
        fellBack: fellBack(['programme', 'body', 'statement', 'disclaimer']),
      })
      .meta({ id: 'Funding' }),
    timeframe: z
      .object({ start: dateTime, end: dateTime, note: z.string().nullable(), fellBack: fellBack(['note']) })
      .meta({ id: 'Timeframe' }),
    objectives: z.array(Statement),
    outcomes: z.array(Statement),
    partners: describe(
      z.object({
        coordinator: z.array(PartnerSummary),
        partner: z.array(PartnerSummary),
        associated: z.array(PartnerSummary),
      }),
      'The consortium by role, in the order editors gave it.',
    ),
    fellBack: fellBack(['fullTitle', 'tagline', 'summary']),
  })
  .meta({ id: 'ProjectCard' })

export type _ProjectProofs = [Proof<Same<z.output<typeof ProjectCard>, ProjectCard>>]
