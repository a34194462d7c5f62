import type { ServerResponse } from 'node:http'

/**
 * Watches the response Next writes: `beforeHeaders` runs once, just before the status and headers
 * leave, and may answer instead (returning true: what Next writes afterwards is dropped, e.g. a
 * 500 replaced by a stored copy); the body is kept up to `maxBodyBytes` for `finished`.
 */
type Watch = {
  maxBodyBytes: number
  beforeHeaders: (statusCode: number) => boolean
  finished: (body: Buffer | null) => void
}

type Write = (...args: unknown[]) => boolean
type End = (...args: unknown[]) => ServerResponse
type WriteHead = (...args: unknown[]) => ServerResponse

const asBuffer = (chunk: unknown, encoding?: unknown) =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined)
      : Buffer.from(chunk as Uint8Array)

/** Returns the original writers, for answering in Next's place. */
export const recordResponse = (res: ServerResponse, { maxBodyBytes, beforeHeaders, finished }: Watch) => {
  const writeHead = res.writeHead.bind(res) as WriteHead
  const write = res.write.bind(res) as Write
  const end = res.end.bind(res) as End
  const chunks: Buffer[] = []
  let size = 0
  let decided = false
  let answeredInstead = false

  const decide = (statusCode: number) => {
    if (decided) return answeredInstead
    decided = true
    answeredInstead = beforeHeaders(statusCode)
    return answeredInstead
  }
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > maxBodyBytes) return
    const buffer = asBuffer(chunk, encoding)
    size += buffer.length
    if (size <= maxBodyBytes) chunks.push(buffer)
  }

  res.writeHead = ((statusCode: number, ...rest: unknown[]) =>
    decide(statusCode) ? res : writeHead(statusCode, ...rest)) as ServerResponse['writeHead']
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (decide(res.statusCode)) return true
    keep(chunk, rest[0])
    return write(chunk, ...rest)
  }) as ServerResponse['write']
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (decide(res.statusCode)) return res
    keep(chunk, rest[0])
    return end(chunk, ...rest)
  }) as ServerResponse['end']
  res.once('finish', () => {
    if (!answeredInstead) finished(size > maxBodyBytes ? null : Buffer.concat(chunks))
  })
  return {
    writeHead: (statusCode: number, headers: Record<string, string | string[]>) => writeHead(statusCode, headers),
    end: (body?: Buffer) => end(body),
  }
}
