// About you from the person's own profile: on request from the popup only (never on its own), the
// open LinkedIn tab is read and the result returned for the person to check. Nothing is stored
// here — keeping it is a separate settings change the person makes after seeing it.
import { z } from 'zod';
import { AboutStint, AboutYou } from '../../core/about-you';
import { issueLines } from '../../core/issues';
import { RapportError } from '../../shared/rapport-error';
import type { HandlerMap } from './context';

/** What the page script returns; checked like any other input from a web page. */
const OwnProfileRead = z.object({
  own: z.boolean(),
  schools: z.array(AboutStint).max(10),
  employers: z.array(AboutStint).max(15),
  location: z.string().max(120),
});

export const aboutHandlers: Pick<HandlerMap, 'about.own-profile'> = {
  async 'about.own-profile'(_request, ctx) {
    const raw = await ctx.readOwnProfile();
    if (raw === null) return { own: false, about: null };
    const read = OwnProfileRead.safeParse(raw);
    if (!read.success) throw new RapportError('invalid-message', 'Your profile could not be read as expected; nothing was kept.', issueLines(read.error, 'profile'));
    if (!read.data.own) return { own: false, about: null };
    const { schools, employers, location } = read.data;
    if (!schools.length && !employers.length && !location) return { own: true, about: null };
    return { own: true, about: AboutYou.parse({ schools, employers, location, capturedAt: ctx.now().toISOString() }) };
  },
};
