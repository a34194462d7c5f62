import type { Endpoint } from 'payload'

import { isStaff, memberOf } from '@/access/roles'
import type { Registration } from '@/payload-types'

import { participantRoleLabels } from '../audiences'

/** A spreadsheet opening the file must not run a cell as a formula (CSV injection). */
const cell = (value: string | number | null | undefined) => {
  const text = String(value ?? '')
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

const header = [
  'name',
  'email',
  'organisation',
  'country',
  'role',
  'status',
  'queued at',
  'sessions attended',
  'completed at',
]

const row = (registration: Registration) =>
  [
    registration.name,
    registration.email,
    registration.organisation,
    registration.country,
    participantRoleLabels[registration.role],
    registration.status,
    registration.queuedAt,
    (registration.attendance ?? []).map((mark) => mark.session).join(' '),
    registration.completedAt,
  ]
    .map(cell)
    .join(',')

/**
 * The organisers' list of an edition's participants as CSV (GET /api/course-editions/:id/participants.csv):
 * staff only, in the order of the waiting list, with status, attendance and completion.
 */
export const participantsCsv: Endpoint = {
  path: '/:id/participants.csv',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(memberOf(req))) return Response.json({ message: 'Organisers only.' }, { status: 403 })
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id)) return Response.json({ message: 'No such edition.' }, { status: 404 })
    const { docs } = await req.payload.find({
      collection: 'registrations',
      where: { edition: { equals: id } },
      sort: ['queuedAt', 'id'],
      pagination: false,
      depth: 0,
    })
    const csv = [header.join(','), ...docs.map(row)].join('\r\n')
    return new Response(`${csv}\r\n`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="participants-edition-${id}.csv"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
