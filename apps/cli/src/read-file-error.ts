/** Why a file the user named cannot be read, in words (`ENOENT` alone sends people to a search engine). */
export function readableFileError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `Cannot read ${path}: there is no such file.`;
    case 'EISDIR':
      return `Cannot read ${path}: it is a folder, not a file.`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot read ${path}: permission denied.`;
    default:
      return `Cannot read ${path}: ${code ?? String(error)}`;
  }
}
