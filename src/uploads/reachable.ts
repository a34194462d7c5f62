import fs from 'node:fs/promises'

import { uploadsDir } from './directory'

/** Resolves when uploads can be stored: the uploads directory exists and this process may write to it. */
export const uploadsReachable = async (): Promise<void> => {
  await fs.access(uploadsDir, fs.constants.W_OK)
}
