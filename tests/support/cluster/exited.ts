import type { ChildProcess } from 'node:child_process'

/** Ended, by its own exit or by a signal (then `exitCode` stays null). */
export const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

/** Sends `signal` unless it has ended, and resolves once it has. */
export const ended = async (child: ChildProcess, signal: NodeJS.Signals) => {
  if (exited(child)) return
  const exit = new Promise((resolve) => child.once('exit', resolve))
  child.kill(signal)
  await exit
}
