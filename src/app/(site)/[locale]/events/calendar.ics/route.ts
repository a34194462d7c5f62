import { calendarFeed } from '@sites/website/calendar'

export const GET = calendarFeed
