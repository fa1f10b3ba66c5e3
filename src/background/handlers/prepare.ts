// Work a request needs before it may enter the single-writer queue: reading and validating an
// imported file, or reading the profile in view in its tab. It runs outside the queue (other
// messages are answered meanwhile) and touches no stored data; a failure is the request's answer.
import type { Request } from '../../shared/messages';
import { prepareBackupRequest } from './backup-validated';
import type { HandlerContext } from './context';
import { readViewedTab } from './profile-viewed';

export async function prepareOutsideQueue(request: Request, ctx: HandlerContext): Promise<void> {
  if (request.type === 'backup.preview' || request.type === 'backup.import') await prepareBackupRequest(request, ctx.memory.previewed, ctx.newId);
  if (request.type === 'profile.last') await readViewedTab(ctx);
}
