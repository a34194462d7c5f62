import { orderedStatements } from '@/fields/orderedStatements'

export const ExpectedOutcomes = orderedStatements('outcomes', {
  singular: 'Expected outcome',
  plural: 'Expected outcomes',
})
