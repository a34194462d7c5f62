/**
 * `npm run bench:certificates`: renders 500 certificates (BENCH_COUNT) as the job and the download
 * do, in the five languages, and prints the time, certificates per second, the average PDF size
 * and the process's peak memory (resident set size). No browser: the PDF is written directly.
 */
import { performance } from 'node:perf_hooks'

import { locales } from '@/i18n/locales'
import { messages, translator } from '@/i18n/messages'
import { certificateCode } from '@/plugins/training/certificates/code'
import { certificatePdf } from '@/plugins/training/certificates/pdf'

const count = Number(process.env.BENCH_COUNT ?? 500)
const started = performance.now()
let bytes = 0
for (let n = 0; n < count; n++) {
  const locale = locales[n % locales.length]
  const t = translator(locale, 'certificate')
  const code = certificateCode()
  const pdf = await certificatePdf({
    lang: locale,
    title: t('title'),
    certifies: t('certifies'),
    name: `Participant ${n} Ñoño-Łukasz`,
    completed: t('completed'),
    course: 'Course on integrated exit programmes based on learned lessons and what works',
    dates: 'First edition: 27 January 2021, 29 January 2021',
    hours: t('hours', { hours: 12 }),
    code,
    verifyAt: t('verifyAt', { code }),
    verifyUrl: `https://wayout.example/${locale}/certificates/${code}`,
    fundedBy: messages[locale].site.fundedBy,
    disclaimer: 'Funded by the European Union. Views and opinions expressed are however those of the authors only.',
  })
  bytes += pdf.length
}
const seconds = (performance.now() - started) / 1000
const peakMb = process.resourceUsage().maxRSS / 1024
console.log(
  `${count} certificates in ${seconds.toFixed(2)} s (${(count / seconds).toFixed(0)}/s), ` +
    `${(bytes / count / 1024).toFixed(1)} KB each, peak memory ${peakMb.toFixed(0)} MB`,
)
