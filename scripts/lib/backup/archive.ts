import fs from 'node:fs'
import path from 'node:path'

import { databaseKind, defaultDatabaseUri } from '@/db/adapter'

import { dumpPostgres, dumpSqlite, restorePostgres, restoreSqlite } from './database'
import {
  ownerOnly,
  readVerifiedManifest,
  sha256,
  uploadsFolder,
  writeManifest,
  type BackedUpFile,
  type Manifest,
} from './manifest'
import { uploadStore } from './uploadStore'

const databaseUri = () => process.env.DATABASE_URI || defaultDatabaseUri

const sqlKind = (uri: string) => {
  const kind = databaseKind(uri)
  if (kind === 'mongodb') throw new Error('backup and restore cover SQLite and PostgreSQL; use mongodump for MongoDB')
  return kind
}

/**
 * Backs up the configured database and uploads into `dir` (made; must not exist yet): the
 * database first, then the files, so every file a backed-up row names is in the backup (a file
 * uploaded in between is extra, never missing).
 */
export const backup = async (dir: string, log: (line: string) => void = () => {}): Promise<Manifest> => {
  if (fs.existsSync(dir)) throw new Error(`${dir} already exists: a backup goes into a new directory`)
  fs.mkdirSync(dir, { recursive: true, mode: ownerOnly.directory })
  const uri = databaseUri()
  const kind = sqlKind(uri)
  const file = kind === 'sqlite' ? 'database.sqlite' : 'database.pgdump'
  const target = path.join(dir, file)
  const serverVersion = kind === 'sqlite' ? (await dumpSqlite(uri, target), undefined) : await dumpPostgres(uri, target)
  // Written by SQLite or pg_dump with the process's umask.
  fs.chmodSync(target, ownerOnly.file)
  log(`database (${kind}) → ${file}`)

  const store = uploadStore()
  const files: BackedUpFile[] = []
  for (const name of await store.list()) {
    const { bytes, contentType } = await store.read(name)
    const target = path.join(dir, uploadsFolder, name)
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: ownerOnly.directory })
    fs.writeFileSync(target, bytes, { mode: ownerOnly.file })
    files.push({ path: name, bytes: bytes.length, sha256: sha256(bytes), contentType })
  }
  log(`uploads (${store.description}) → ${files.length} files`)

  const manifest: Manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    database: { kind, file, sha256: sha256(fs.readFileSync(target)), serverVersion },
    uploads: { source: store.kind, files },
  }
  writeManifest(dir, manifest)
  return manifest
}

/**
 * Restores a backup into the configured database and uploads, which must be empty: the backup's
 * checksums are verified first, and its uploads go where the app now keeps them (disk or S3).
 */
export const restore = async (dir: string, log: (line: string) => void = () => {}): Promise<Manifest> => {
  const manifest = readVerifiedManifest(dir)
  const uri = databaseUri()
  const kind = sqlKind(uri)
  if (kind !== manifest.database.kind)
    throw new Error(`this backup holds a ${manifest.database.kind} database; DATABASE_URI names ${kind}`)

  const store = uploadStore()
  if ((await store.list()).length > 0)
    throw new Error(`${store.description} already holds uploads: restore into empty storage`)

  const source = path.join(dir, manifest.database.file)
  await (kind === 'sqlite' ? restoreSqlite(source, uri) : restorePostgres(source, uri))
  log(`database (${kind}) ← ${manifest.database.file}`)
  for (const file of manifest.uploads.files)
    await store.write({ ...file, bytes: fs.readFileSync(path.join(dir, uploadsFolder, file.path)) })
  log(`uploads (${store.description}) ← ${manifest.uploads.files.length} files`)
  return manifest
}
