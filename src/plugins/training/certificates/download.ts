import config from '@payload-config'
import { getPayload } from 'payload'

import { emailOrigin } from '@/mail/origin'

import { trainingPaths } from '../paths'
import { verifyParticipantToken } from '../registration/tokens'
import { renderCertificate } from './render'

export const certificateDownloadUrl = (origin: string, token: string) =>
  `${origin}${trainingPaths.certificate}?token=${encodeURIComponent(token)}`

const refusal = (status: number, message: string) =>
  Response.json({ error: { status, message } }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * The participant's certificate as a PDF, for the signed link of their page and emails. Nothing
 * for a revoked certificate, or for a participant who has none (yet).
 */
export const GET = async (request: Request) => {
  const verified = verifyParticipantToken(new URL(request.url).searchParams.get('token'))
  if (!verified.ok) return refusal(400, 'This link is not valid. Please use the link from the email exactly as it is.')
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'certificates',
    where: { registration: { equals: verified.registration }, revoked: { not_equals: true } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) return refusal(404, 'There is no certificate for this registration.')
  const { pdf, fileName } = await renderCertificate(payload, docs[0], await emailOrigin(payload))
  return new Response(Buffer.from(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'private, no-store',
    },
  })
}
