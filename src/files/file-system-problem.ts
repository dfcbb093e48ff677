/** What a file-system error code means to someone who has to fix it. */
const FILE_SYSTEM_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of this path is a file, not a folder',
  EEXIST: 'a file is in the way of a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

/**
 * A disk error (a folder that cannot be made or written, a full disk) is the user's situation to
 * fix, not a bug: which path and why, without the suffix of the temporary file an atomic write
 * was making. Undefined for other errors.
 */
export function fileSystemProblem(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const reason = code ? FILE_SYSTEM_REASONS[code] : undefined;
  if (!reason || typeof path !== 'string') return undefined;
  return `cannot write or read ${path.replace(/\.\d+(\.[0-9a-f]{8})?\.tmp$/, '')}: ${reason}`;
}
