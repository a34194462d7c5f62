/**
 * The yardstick: a plain Node http server sending fixed bytes with the same headers as the API.
 * Runs in its own process so that it does not share a CPU thread with autocannon.
 */
import fs from 'node:fs'
import http from 'node:http'

const [bodyFile, headersJson] = process.argv.slice(2)
const body = fs.readFileSync(bodyFile)
const headers = { ...JSON.parse(headersJson), 'content-length': body.length }

const server = http.createServer((request, response) => {
  response.writeHead(200, headers)
  response.end(body)
})
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
process.on('disconnect', () => server.close(() => process.exit(0)))
