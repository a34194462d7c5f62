import { openApiDocument } from './openapi'
import { apiPaths } from './paths'

type Schema = {
  type?: string
  enum?: readonly unknown[]
  default?: unknown
  description?: string
  maxLength?: number
  anyOf?: readonly Schema[]
  items?: Schema
  properties?: Record<string, Schema>
  required?: readonly string[]
}
type Parameter = {
  name: string
  in: string
  required: boolean
  description?: string
  schema: Schema
  example?: unknown
}
type Operation = {
  operationId: string
  summary: string
  parameters?: readonly Parameter[]
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> }
  responses: Record<string, { description: string }>
}

/** A schema in a few words: its type, its values, its default. */
const describeSchema = (schema: Schema): string => {
  if (schema.anyOf) return schema.anyOf.map(describeSchema).join(' or ')
  const values = schema.enum ? `one of ${schema.enum.map((value) => String(value)).join(', ')}` : schema.type
  const list = schema.type === 'array' && schema.items ? `list of ${describeSchema(schema.items)}` : values
  return [list, schema.default !== undefined ? `default ${String(schema.default)}` : null].filter(Boolean).join('; ')
}

const exampleCall = (origin: string, method: string, path: string, operation: Operation) => {
  const body = operation.requestBody?.content['application/json']?.example
  let url = path
  const query = new URLSearchParams()
  for (const parameter of operation.parameters ?? [])
    if (parameter.example !== undefined)
      if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, String(parameter.example))
      else query.set(parameter.name, String(parameter.example))
  const address = `${origin}${url}${query.size ? `?${query}` : ''}`
  if (!body) return `curl ${method === 'get' ? '' : `-X ${method.toUpperCase()} `}'${address}'`
  return `curl -X POST '${address}' \\\n  -H 'content-type: application/json' \\\n  -d '${JSON.stringify(body, null, 2)}'`
}

type Labels = { parameters: string; body: string; example: string; responses: string }

/** `english`: 'en' when the page is in another language (the reference's own text is English), for `lang`. */
type Lang = { english?: 'en' }

/** One operation: what it does, what it takes (parameters or body fields), a call to copy, what it answers. */
const OperationView = ({
  origin,
  method,
  path,
  operation,
  t,
  english,
}: Lang & {
  origin: string
  method: string
  path: string
  operation: Operation
  t: Labels
}) => {
  const body = operation.requestBody?.content['application/json']?.schema
  const fields = Object.entries(body?.properties ?? {}).map(([name, schema]) => ({
    name,
    required: Boolean(body?.required?.includes(name)),
    description: schema.description,
    schema,
  }))
  const rows = [...(operation.parameters ?? []), ...fields.map((field) => ({ ...field, in: 'body' }))]
  return (
    <section className="api-operation" id={operation.operationId} aria-labelledby={`${operation.operationId}-title`}>
      <h3 id={`${operation.operationId}-title`}>
        <code>
          {method.toUpperCase()} {path}
        </code>
      </h3>
      <p lang={english}>{operation.summary}</p>
      {rows.length > 0 && (
        <table>
          <caption>{fields.length ? t.body : t.parameters}</caption>
          <thead lang={english}>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody lang={english}>
            {rows.map((row) => (
              <tr key={`${row.in}-${row.name}`}>
                <th scope="row">
                  <code>{row.name}</code>
                  {row.required ? ' (required)' : ''}
                </th>
                <td>{row.in}</td>
                <td>{[describeSchema(row.schema), row.description].filter(Boolean).join('. ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{t.example}</p>
      <pre>
        <code>{exampleCall(origin, method, path, operation)}</code>
      </pre>
      <p>{t.responses}</p>
      <dl className="api-responses">
        {Object.entries(operation.responses).map(([status, response]) => (
          <div key={status}>
            <dt>{status}</dt>
            <dd lang={english}>{response.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/** The OpenAPI document as people read it: every operation of every path, in the document's order. */
export const ApiReference = ({ origin, t, english }: Lang & { origin: string; t: Labels }) => {
  const paths: Record<string, Record<string, Operation>> = openApiDocument().paths
  return (
    <>
      <p>
        <a href={apiPaths.openapi}>
          <code>{apiPaths.openapi}</code>
        </a>{' '}
        (OpenAPI 3.1)
      </p>
      {Object.entries(paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, operation]) => (
          <OperationView
            key={`${method} ${path}`}
            origin={origin}
            method={method}
            path={path}
            operation={operation}
            t={t}
            english={english}
          />
        )),
      )}
    </>
  )
}
