/** The time zones events can be held in: the partners' countries, Brussels and UTC. */
export const timeZones = [
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Berlin',
  'UTC',
] as const
