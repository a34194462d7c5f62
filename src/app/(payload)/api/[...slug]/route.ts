/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { refuseMalformedBody } from '@/server/refuseMalformedBody'

export const GET = REST_GET(config)
export const POST = refuseMalformedBody(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = refuseMalformedBody(REST_PATCH(config))
export const PUT = refuseMalformedBody(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
