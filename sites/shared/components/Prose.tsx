import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Rich text from the editor, rendered on the server; `english` marks an untranslated stand-in. */
export const Prose = ({ data, english }: { data: unknown; english?: boolean }) =>
  data ? (
    <div className="prose" lang={english ? 'en' : undefined}>
      <RichText data={data as SerializedEditorState} />
    </div>
  ) : null
