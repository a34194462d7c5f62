import type { PayloadRequest } from 'payload'

import { emailOrigin } from '@/mail/origin'
import type { Registration } from '@/payload-types'

import { certificateCode } from './code'

/**
 * The participant's certificate (one per registration, made once) and its email, queued in the
 * same transaction: it is sent only if the completion is saved.
 */
export const issueCertificate = async (req: PayloadRequest, registration: Registration) => {
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'certificates',
    where: { registration: { equals: registration.id } },
    limit: 1,
    depth: 0,
    req,
  })
  if (docs[0]) return docs[0]
  const certificate = await payload.create({
    collection: 'certificates',
    data: { code: certificateCode(), registration: registration.id, issuedAt: new Date().toISOString() },
    depth: 0,
    req,
  })
  await payload.jobs.queue({
    task: 'sendCertificate',
    input: { certificate: String(certificate.id), origin: await emailOrigin(payload) },
    req,
  })
  return certificate
}
