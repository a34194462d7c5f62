import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'

import { freePort } from '../freePort'

import { ended, exited } from './exited'

export type RedisServer = { url: string; stop: () => Promise<void>; start: () => Promise<void> }

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('error', () => resolve(false))
  })

/**
 * A redis-server of its own on a free port, keeping nothing on disk, so a test may stop it (and
 * start it again on the same port) while the machine's Redis on 6379 serves everyone else.
 */
export const startRedis = async (): Promise<RedisServer> => {
  const port = await freePort('127.0.0.1')
  let server: ChildProcess | undefined
  const start = async () => {
    if (server && !exited(server)) return
    server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    )
    while (!(await answers(port))) {
      if (server.exitCode !== null) throw new Error(`redis-server exited (${server.exitCode}) on port ${port}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const stop = async () => {
    if (server) await ended(server, 'SIGKILL')
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, start, stop }
}
