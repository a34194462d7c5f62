import { Refusal } from '@/refusal'

/** 503 for a write that waited its turn too long. */
export class DatabaseBusy extends Refusal {
  constructor() {
    super('DatabaseBusy', 'The database is busy: please try again.', 503)
  }
}
