// Work a request needs before it may enter the single-writer queue: reading and validating an
// imported file. It runs outside the queue (other messages are answered meanwhile) and touches
// no storage; a failure is the request's answer.
import type { Request } from '../../shared/messages';
import { prepareBackupRequest } from './backup-validated';
import type { HandlerContext } from './context';

export async function prepareOutsideQueue(request: Request, ctx: HandlerContext): Promise<void> {
  if (request.type === 'backup.preview' || request.type === 'backup.import') await prepareBackupRequest(request, ctx.memory.previewed, ctx.newId);
}
