/** The longest name and organisation a registration keeps: the schema, the endpoint and the form's `maxLength`. */
export const registrationTextLimits = { name: 200, organisation: 200 } as const
