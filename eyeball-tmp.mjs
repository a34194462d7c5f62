import { chromium } from './node_modules/playwright/index.mjs'
const port = process.argv[2]
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--host-resolver-rules=MAP *.localhost 127.0.0.1'] })
const shots = [
  ['wp', 'wayout', '/en/work-packages', 1280, 'light'],
  ['event', 'wayout', '/en/events/wayout-final-conference', 1280, 'dark'],
  ['partners', 'wayout', '/en/partners', 1280, 'light'],
  ['components', 'wayout', '/en/components', 1280, 'light'],
  ['notfound', 'wayout', '/de/nope', 390, 'light'],
  ['submit', 'practices', '/en/practices/submit', 1280, 'dark'],
  ['menu', 'wayout', '/fr', 390, 'light'],
]
for (const [name, site, path, width, scheme] of shots) {
  const p = await b.newPage({ viewport: { width, height: 800 }, colorScheme: scheme })
  await p.goto(`http://${site}.localhost:${port}${path}`)
  if (name === 'menu') await p.click('.menu > summary')
  await p.screenshot({ path: `/tmp/design-eye-${name}.png`, fullPage: name !== 'menu' })
  await p.close()
}
await b.close()
