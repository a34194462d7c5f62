/** Plain paragraphs as a Lexical editor state, the shape Payload's rich text fields store. */
export const paragraphs = (texts: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: texts.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
    })),
  },
})

const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 })

const block = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }

/** Sections under second-level headings, each with plain paragraphs, as a Lexical editor state. */
export const sections = (parts: { heading: string; paragraphs: string[] }[]) => ({
  root: {
    type: 'root',
    ...block,
    children: parts.flatMap(({ heading, paragraphs: texts }) => [
      { type: 'heading', tag: 'h2', ...block, children: [textNode(heading)] },
      ...texts.map((text) => ({
        type: 'paragraph',
        ...block,
        textFormat: 0,
        textStyle: '',
        children: [textNode(text)],
      })),
    ]),
  },
})
