import type { ReactNode } from 'react'

/**
 * The little Markdown CHANGELOG.md is written in, as HTML: `##`/`###` headings (shifted by
 * `shift` levels), paragraphs, `-` lists, `code`, **bold** and [links](url). Text stays text (React
 * escapes it), so the file cannot inject markup. No library: the file's subset is this small.
 */
const inline = (text: string): ReactNode[] =>
  text.split(/(`[^`]+`|\*\*[^*]+\*\*|\[[^\]]+\]\([^)\s]+\))/).map((part, i) => {
    if (part.startsWith('`') && part.endsWith('`')) return <code key={i}>{part.slice(1, -1)}</code>
    if (part.startsWith('**') && part.endsWith('**')) return <strong key={i}>{part.slice(2, -2)}</strong>
    const link = part.match(/^\[([^\]]+)\]\(([^)\s]+)\)$/)
    if (link && /^(https:\/\/|\/)/.test(link[2]))
      return (
        <a key={i} href={link[2]}>
          {inline(link[1])}
        </a>
      )
    return part
  })

type Block =
  { kind: 'heading'; level: number; text: string } | { kind: 'list'; items: string[] } | { kind: 'p'; text: string }

/** The blocks of a Markdown text: blank lines end paragraphs; a list item continues on indented lines. */
export const blocksOf = (markdown: string): Block[] => {
  const blocks: Block[] = []
  let open: Block | null = null
  for (const line of markdown.split('\n')) {
    const heading = line.match(/^(#{1,6}) (.*)$/)
    const item = line.match(/^- (.*)$/)
    if (heading) blocks.push((open = { kind: 'heading', level: heading[1].length, text: heading[2] }))
    else if (item) {
      if (open?.kind === 'list') open.items.push(item[1])
      else blocks.push((open = { kind: 'list', items: [item[1]] }))
    } else if (!line.trim()) open = null
    else if (open?.kind === 'list') open.items[open.items.length - 1] += ` ${line.trim()}`
    else if (open?.kind === 'p') open.text += ` ${line.trim()}`
    else blocks.push((open = { kind: 'p', text: line.trim() }))
  }
  return blocks
}

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

/** A Markdown text without its title (`#`), its headings shifted so that `##` becomes `h{2 + shift}`. */
export const Markdown = ({ source, shift = 0 }: { source: string; shift?: number }) =>
  blocksOf(source)
    .filter((block) => !(block.kind === 'heading' && block.level === 1))
    .map((block, i) => {
      if (block.kind === 'heading') {
        const Tag = headings[Math.min(6, block.level + shift) - 1]
        return <Tag key={i}>{inline(block.text)}</Tag>
      }
      if (block.kind === 'list')
        return (
          <ul key={i}>
            {block.items.map((text, j) => (
              <li key={j}>{inline(text)}</li>
            ))}
          </ul>
        )
      return <p key={i}>{inline(block.text)}</p>
    })
