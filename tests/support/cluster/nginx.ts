import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ended } from './exited'

const template = path.resolve(import.meta.dirname, '../../../deploy/nginx/wayout.conf.template')

/** deploy/nginx/wayout.conf.template with its ${WAYOUT_…} placeholders filled in, as envsubst would. */
const renderSiteConfig = (values: Record<string, string>) =>
  fs.readFileSync(template, 'utf8').replace(/\$\{(WAYOUT_\w+)\}/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`no value for ${name} in the nginx template`)
    return values[name]
  })

export type Nginx = { url: string; stop: () => Promise<void> }

/**
 * Debian's nginx (/usr/sbin/nginx) in front of `upstreams` (host:port of each app instance),
 * on `port`, running the shipped site configuration from a temporary prefix: its own pid, logs
 * and cache.
 */
export const startNginx = async (upstreams: string[], port: number): Promise<Nginx> => {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-nginx-'))
  const site = renderSiteConfig({
    WAYOUT_LISTEN: `127.0.0.1:${port}`,
    WAYOUT_SERVER_NAMES: 'localhost wayout.localhost practices.localhost',
    WAYOUT_UPSTREAM_SERVERS: upstreams.map((upstream) => `server ${upstream} max_fails=0;`).join('\n    '),
    WAYOUT_CACHE_DIR: path.join(prefix, 'cache'),
  })
  fs.writeFileSync(path.join(prefix, 'wayout.conf'), site)
  // What Debian's /etc/nginx/nginx.conf provides around conf.d/, pointed at the prefix. The
  // workers run as root here (the tests do) so they can write the prefix's cache and temp files.
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `user root;
worker_processes 2;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/wayout.conf;
}
`,
  )
  const nginx = spawn(
    '/usr/sbin/nginx',
    ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', `daemon off; pid ${prefix}/nginx.pid;`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let startup = ''
  nginx.stderr.on('data', (chunk: Buffer) => (startup += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${startup}`)
    const up = await fetch(`${url}/healthz`).then(
      () => true,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}: ${startup}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    url,
    stop: async () => {
      await ended(nginx, 'SIGQUIT')
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}
