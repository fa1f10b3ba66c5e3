// How a validation problem is told: one line per zod issue, its place written the way the backup
// format documents it ("invitations[3].sentAt: Invalid ISO datetime"). Used wherever a request,
// a stored record or an imported file fails its schema. (Not for the content script: zod-free.)
import type { z } from 'zod';

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** `root` names the whole value when an issue is about it rather than one of its fields. */
export function issueLines(error: z.ZodError, root: string): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path) || root}: ${issue.message}`);
}
