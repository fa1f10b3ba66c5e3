// What LinkedIn's message editor holds, and LinkedIn's limit for it (LINKEDIN.md §14). Apart from
// the message-box reader (messaging.ts) so the composer (composer.js) can count without carrying
// the reader, which content.js already runs on the page. The limit itself is core's (core/message-count.ts).

export { MESSAGE_LIMIT } from '../core/message-count';

/** What is in the editor: one line per paragraph (LinkedIn writes one <p> per line). */
export function readMessageText(editor: HTMLElement): string {
  const lines: string[] = [];
  let inline = '';
  for (const node of Array.from(editor.childNodes)) {
    if (node.nodeName === 'P' || node.nodeName === 'DIV') {
      if (inline) lines.push(inline);
      inline = '';
      lines.push(node.textContent ?? '');
    } else if (node.nodeName === 'BR') {
      lines.push(inline);
      inline = '';
    } else inline += node.textContent ?? '';
  }
  if (inline) lines.push(inline);
  return lines.join('\n').trim();
}
