import { practiceTextLimits } from '@collections/Practices'

import { PracticeSubmissionForm, type PracticeFormProps } from './PracticeSubmissionForm'

/** The practice form with the Practices collection's length limits, read here on the server. */
export function SubmitPracticeForm(props: PracticeFormProps) {
  return <PracticeSubmissionForm {...props} limits={practiceTextLimits} />
}
