/** Formatting of validation problems: `file: feature "id": field: what is wrong`. */
import type { z } from 'zod';

export function problem(file: string, feature: string, field: string, message: string): string {
  return `${file}: ${feature}: ${field}: ${message}`;
}

export function featureLabel(id: unknown, index: number): string {
  return typeof id === 'string' && id.length > 0 ? `feature "${id}"` : `feature #${index + 1}`;
}

/** A field as an editor reads it in JSON: `background[0].sources`, not `background.0.sources`. */
function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, key) =>
      typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key),
    prefix,
  );
}

/** One problem per zod issue, with the issue's path as the field. */
export function zodProblems(
  file: string,
  feature: string,
  error: z.ZodError,
  pathPrefix = '',
): string[] {
  return error.issues.map((issue) => {
    const path = fieldPath(pathPrefix, issue.path);
    return problem(file, feature, path || '(root)', issue.message);
  });
}
