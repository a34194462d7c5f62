/**
 * One layout for every email the project sends (confirmations, newsletters, practice
 * submissions): a single-column, table-free HTML document that screen readers read in order,
 * with the same content as plain text, and the EU funding statement at the foot.
 */

export type EmailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Already-safe HTML (rich text the CMS rendered) with its plain-text twin. */
  | { kind: 'html'; html: string; text: string }
  | { kind: 'button'; label: string; url: string }
  | { kind: 'items'; heading?: string; items: { title: string; url: string; summary?: string; meta?: string }[] }
  | { kind: 'fields'; rows: { label: string; value: string }[] }

export type EmailDocument = {
  lang: string
  title: string
  /** The line mail clients show after the subject. */
  preheader?: string
  blocks: EmailBlock[]
  /** The funding statement and disclaimer, in the email's language. */
  funding: { statement: string; disclaimer?: string }
  /** Footer lines with an optional link (unsubscribe, archive). */
  footer?: { text: string; url?: string; label?: string }[]
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => entities[char])

const colours = { text: '#1f2328', muted: '#57606a', accent: '#00457c', rule: '#d0d7de', page: '#f6f8fa' }

const blockHtml = (block: EmailBlock): string => {
  switch (block.kind) {
    case 'heading':
      return `<h2 style="font-size:20px;line-height:1.3;margin:24px 0 8px">${escapeHtml(block.text)}</h2>`
    case 'paragraph':
      return `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`
    case 'html':
      return `<div style="margin:0 0 16px">${block.html}</div>`
    case 'button':
      return `<p style="margin:24px 0"><a href="${escapeHtml(block.url)}" style="display:inline-block;background:${colours.accent};color:#ffffff;padding:12px 20px;border-radius:4px;font-weight:bold;text-decoration:none">${escapeHtml(block.label)}</a></p>`
    case 'items':
      return [
        block.heading
          ? `<h2 style="font-size:20px;line-height:1.3;margin:24px 0 8px">${escapeHtml(block.heading)}</h2>`
          : '',
        '<ul style="list-style:none;margin:0;padding:0">',
        ...block.items.map(
          (item) =>
            `<li style="margin:0 0 16px;padding:0 0 16px;border-bottom:1px solid ${colours.rule}"><h3 style="font-size:17px;margin:0 0 4px"><a href="${escapeHtml(item.url)}" style="color:${colours.accent}">${escapeHtml(item.title)}</a></h3>${item.meta ? `<p style="margin:0 0 4px;color:${colours.muted};font-size:14px">${escapeHtml(item.meta)}</p>` : ''}${item.summary ? `<p style="margin:0">${escapeHtml(item.summary)}</p>` : ''}</li>`,
        ),
        '</ul>',
      ].join('')
    case 'fields':
      return `<dl style="margin:0 0 16px">${block.rows.map((row) => `<dt style="font-weight:bold;margin:8px 0 0">${escapeHtml(row.label)}</dt><dd style="margin:0;white-space:pre-wrap">${escapeHtml(row.value)}</dd>`).join('')}</dl>`
  }
}

const blockText = (block: EmailBlock): string => {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${'='.repeat(Math.min(block.text.length, 60))}`
    case 'paragraph':
      return block.text
    case 'html':
      return block.text
    case 'button':
      return `${block.label}:\n${block.url}`
    case 'items':
      return [
        ...(block.heading ? [`${block.heading}\n${'='.repeat(Math.min(block.heading.length, 60))}`] : []),
        ...block.items.map((item) =>
          [`* ${item.title}`, item.meta, item.summary, item.url].filter(Boolean).join('\n  '),
        ),
      ].join('\n\n')
    case 'fields':
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n')
  }
}

export const renderEmail = (document: EmailDocument): { html: string; text: string } => {
  const footer = document.footer ?? []
  const html = `<!doctype html>
<html lang="${escapeHtml(document.lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(document.title)}</title>
</head>
<body style="margin:0;padding:0;background:${colours.page};color:${colours.text};font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
${document.preheader ? `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(document.preheader)}</div>` : ''}
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(document.title)}" lang="${escapeHtml(document.lang)}" style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff">
<p style="margin:0 0 16px;font-weight:bold;color:${colours.accent}">WayOut</p>
<h1 style="font-size:24px;line-height:1.25;margin:0 0 16px">${escapeHtml(document.title)}</h1>
${document.blocks.map(blockHtml).join('\n')}
<hr style="border:0;border-top:1px solid ${colours.rule};margin:32px 0 16px">
<p style="margin:0 0 8px;font-weight:bold">${escapeHtml(document.funding.statement)}</p>
${document.funding.disclaimer ? `<p style="margin:0 0 16px;color:${colours.muted};font-size:13px">${escapeHtml(document.funding.disclaimer)}</p>` : ''}
${footer
  .map(
    (line) =>
      `<p style="margin:0 0 8px;color:${colours.muted};font-size:13px">${escapeHtml(line.text)}${line.url ? ` <a href="${escapeHtml(line.url)}" style="color:${colours.accent}">${escapeHtml(line.label ?? line.url)}</a>` : ''}</p>`,
  )
  .join('\n')}
</div>
</body>
</html>`
  const text = [
    'WayOut',
    '',
    document.title,
    '',
    ...document.blocks.map((block) => `${blockText(block)}\n`),
    '--',
    document.funding.statement,
    ...(document.funding.disclaimer ? [document.funding.disclaimer] : []),
    '',
    ...footer.map((line) =>
      line.url ? `${line.text} ${line.label ?? ''}: ${line.url}`.replace(/ :/, ':') : line.text,
    ),
  ].join('\n')
  return { html, text: `${text.trim()}\n` }
}
