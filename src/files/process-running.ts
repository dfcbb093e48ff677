// files/: whether the process that left a lock or a temporary file is still running.

/** True when a process with this id runs (or runs under another user: EPERM), or is this process. */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
