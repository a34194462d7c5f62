/**
 * Who the course is for, as the sources list them (the "Online course certification" announcement):
 * prison staff, probation staff, and community organisations working with prison and probation.
 * The one list the course's audiences, the registration form's role and its labels derive from.
 */
export const participantRoles = [
  'prison-governor',
  'prison-officer',
  'prison-psychologist',
  'prison-educator',
  'prison-social-worker',
  'probation-director',
  'probation-officer',
  'probation-psychologist',
  'probation-social-worker',
  'community-organisation',
] as const

export type ParticipantRole = (typeof participantRoles)[number]

/** English labels for the admin; the site names each role in the reader's language (messages `training.roles`). */
export const participantRoleLabels: Record<ParticipantRole, string> = {
  'prison-governor': 'Prison staff: governor',
  'prison-officer': 'Prison staff: prison officer',
  'prison-psychologist': 'Prison staff: psychologist',
  'prison-educator': 'Prison staff: educator',
  'prison-social-worker': 'Prison staff: social worker',
  'probation-director': 'Probation staff: director',
  'probation-officer': 'Probation staff: probation officer',
  'probation-psychologist': 'Probation staff: psychologist',
  'probation-social-worker': 'Probation staff: social worker',
  'community-organisation': 'Community organisation (NGO / CSO, non-profit, voluntary association)',
}

export const participantRoleOptions = participantRoles.map((value) => ({ label: participantRoleLabels[value], value }))
