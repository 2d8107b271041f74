import { badRequest } from '../http/graph-error';

/** Characters SharePoint refuses in a file or folder name. */
const FORBIDDEN = /["*:<>?/\\|]/;

/** SharePoint's limit on a decoded path inside a site. */
const MAX_PATH_LENGTH = 400;

/** Checks one file or folder name as SharePoint does, with a message a person can act on. */
export function checkDriveName(name: string): void {
  if (name.trim() === '') throw badRequest('A file or folder name cannot be empty.');
  if (FORBIDDEN.test(name)) {
    throw badRequest(`The name '${name}' contains a character SharePoint does not allow: " * : < > ? / \\ |`);
  }
  if (name !== name.trim() || name.endsWith('.') || name === '..') {
    throw badRequest(`The name '${name}' cannot start or end with a space or end with a dot.`);
  }
}

/**
 * The names of a path as addressed after `root:` (still URL-encoded, `/` between names),
 * each decoded and checked.
 */
export function parseDrivePath(encoded: string): string[] {
  const names = encoded.split('/').filter((s) => s !== '');
  const decoded = names.map((name) => {
    try {
      return decodeURIComponent(name);
    } catch {
      throw badRequest(`The path segment '${name}' is not valid.`);
    }
  });
  decoded.forEach(checkDriveName);
  if (decoded.join('/').length > MAX_PATH_LENGTH) {
    throw badRequest(`The path is longer than the ${MAX_PATH_LENGTH} characters SharePoint allows.`);
  }
  return decoded;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
};

/** SharePoint types a file by its extension, whatever the upload said; unknown ones keep the upload's. */
export function mimeTypeFor(name: string, uploaded: string | undefined): string {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const known = extension === undefined ? undefined : MIME_TYPES[extension];
  const declared = uploaded?.split(';')[0]?.trim();
  return known ?? (declared || 'application/octet-stream');
}
