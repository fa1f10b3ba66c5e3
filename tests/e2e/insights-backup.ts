// A backup with known outcomes for Insights: 300 invitations across 4 templates, each template's
// acceptances split between LinkedIn's archive (source import, dated by day) and a profile visit
// (source composer, dated to the minute), some replied, some withdrawn, some too recent to count.
// The real-browser test and the benchmark both import it; the expected numbers sit beside it.

const DAY = 86_400_000;

export const insightTemplates = [
  { id: 'tpl-warm', name: 'Warm intro', body: 'Hi {{firstName}}, I enjoyed your post about {{company}}’s platform team. Would you be open to swapping notes on on-call sometime?' },
  { id: 'tpl-event', name: 'Met at an event', body: 'Hi {{firstName}}, great to meet you at the meetup last week. Let’s stay in touch!' },
  { id: 'tpl-cold', name: 'Cold ask', body: 'Hello {{firstName}}, I am reaching out to connect with professionals in the industry. I would love to add you to my network and learn about opportunities at {{company}}. I believe we could benefit from each other. Looking forward!' },
  { id: 'tpl-alumni', name: 'Alumni', body: 'Hi {{firstName}}, fellow KTH alum here. Would love to connect.' },
] as const;

interface Plan {
  templateId: string;
  /** Old enough to count (sent 25–200 days ago). */
  mature: number;
  accepted: number;
  /** Of the accepted, how many replied. */
  replied: number;
  withdrawn: number;
  /** Sent within the last 15 days: not counted yet. */
  recent: number;
}

export const insightPlans: Plan[] = [
  { templateId: 'tpl-warm', mature: 100, accepted: 62, replied: 20, withdrawn: 0, recent: 10 },
  { templateId: 'tpl-event', mature: 90, accepted: 45, replied: 10, withdrawn: 5, recent: 0 },
  { templateId: 'tpl-cold', mature: 80, accepted: 20, replied: 4, withdrawn: 0, recent: 3 },
  { templateId: 'tpl-alumni', mature: 12, accepted: 9, replied: 2, withdrawn: 0, recent: 0 },
];

/** What the Insights section must show for the plans above (rounded as the page rounds). */
export const expectedByTemplate = [
  { name: 'Warm intro', counted: '100', accepted: '62', rate: '62%', range: '56%–68%', replied: '20', replyRate: '20%', replyRange: '15%–26%', withdrawn: '0', recent: '10' },
  { name: 'Met at an event', counted: '90', accepted: '45', rate: '50%', range: '43%–57%', replied: '10', replyRate: '11%', replyRange: '8%–16%', withdrawn: '5', recent: '0' },
  { name: 'Cold ask', counted: '80', accepted: '20', rate: '25%', range: '19%–32%', replied: '4', replyRate: '5%', replyRange: '3%–9%', withdrawn: '0', recent: '3' },
  { name: 'Alumni', counted: '12', accepted: '9', rate: 'too few to tell', range: '—', replied: '2', replyRate: 'too few to tell', replyRange: '—', withdrawn: '0', recent: '0' },
];

function fill(body: string, first: string, company: string): string {
  return body.replace(/\{\{firstName\}\}/g, first).replace(/\{\{company\}\}/g, company);
}

/** Local date `days` ago at 10:00 (the test browser's time zone is the person's). */
function localDaysAgo(now: Date, days: number, hour = 10): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, hour, 0);
}

export function insightInvitations(now = new Date(), copies = 1, plans: readonly Plan[] = insightPlans) {
  const invitations: Record<string, unknown>[] = [];
  let n = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const plan of plans) {
      const template = insightTemplates.find((tpl) => tpl.id === plan.templateId)!;
      const total = plan.mature + plan.withdrawn + plan.recent;
      for (let i = 0; i < total; i++, n++) {
        const first = `Person${n}`;
        const company = `Company ${n % 37}`;
        const recent = i >= plan.mature + plan.withdrawn;
        const sent = recent ? localDaysAgo(now, 1 + (i % 15)) : localDaysAgo(now, 25 + ((i * 7) % 176));
        const base = {
          id: `ins-${n}`, profileUrl: `https://www.linkedin.com/in/insight-person-${n}/`, name: `${first} Example`, company,
          note: fill(template.body, first, company), templateId: template.id, sentAt: sent.toISOString(),
        };
        const daysToAccept = i % 23;
        if (!recent && i < plan.accepted) {
          const replied = i < plan.replied;
          const byArchive = i % 2 === 0;
          // The archive knows the day only (local midnight); a visit sees the moment.
          const seen = new Date(sent.getTime() + daysToAccept * DAY + 3 * 3_600_000);
          const acceptedAt = byArchive ? new Date(seen.getFullYear(), seen.getMonth(), seen.getDate()) : seen;
          const changed = replied ? new Date(acceptedAt.getTime() + 2 * DAY) : acceptedAt;
          invitations.push({ ...base, status: replied ? 'replied' : 'accepted', statusChangedAt: changed.toISOString(), source: byArchive ? 'import' : 'composer' });
        } else if (!recent && i >= plan.mature) {
          invitations.push({ ...base, status: 'withdrawn', statusChangedAt: localDaysAgo(now, 3).toISOString(), source: 'composer' });
        } else {
          invitations.push({ ...base, status: i % 5 === 0 && !recent ? 'declined' : 'pending', source: 'composer' });
        }
      }
    }
  }
  return invitations;
}

export function insightBackup(now = new Date(), copies = 1): string {
  return JSON.stringify({
    format: 'rapport-backup', version: 1, templates: insightTemplates, invitations: insightInvitations(now, copies),
    settings: { weeklyInviteBudget: 20 },
  });
}
