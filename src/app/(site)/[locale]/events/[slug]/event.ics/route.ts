import { eventCalendarFile } from '@sites/website/calendar'

export const GET = eventCalendarFile
