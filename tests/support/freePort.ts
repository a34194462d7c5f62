import net from 'node:net'

/**
 * A port nothing listens on at this moment: for a server to start on, or for a client to find
 * closed. `host` as for `listen` (unset: every interface).
 */
export const freePort = (host?: string) =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.listen(0, host, () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
