import { orderedStatements } from '@/fields/orderedStatements'

export const Objectives = orderedStatements('objectives', { singular: 'Objective', plural: 'Objectives' })
