// The templates a new install starts with, one per common reason to write. Each names the
// person, gives a reason, and ends with an easy way to reply; every variable that can be empty
// either has a fallback or sits in a sentence that may be dropped. Filled with typical profile
// data each fits LinkedIn's 200-character free limit (tests/unit/template/starters.test.ts).
// The messages for after acceptance (the request for a conversation) are in starter-conversations.ts.
import type { Template } from './schemas';
import { conversationStarters } from './starter-conversations';

const invitation = (slug: string, name: string, body: string): Template => ({ id: `starter-${slug}`, name, body, kind: 'invitation' });
const followUp = (slug: string, name: string, body: string): Template => ({ id: `starter-${slug}`, name, body, kind: 'follow-up' });

export const starterTemplates: Template[] = [
  invitation(
    'informational-interview',
    'Ask for a short chat about their work',
    "Hi {{firstName}}, I'm exploring {{myInterest|a move into your field}} and would love to hear how you found your way to {{company|your current role}}. Open to a short chat sometime?",
  ),
  invitation(
    'shared-school',
    'Same school or group',
    "Hi {{firstName}}, we both went to {{school|the same school}}, so your path caught my eye. I'm working on {{myInterest|something close to your field}}. Would you be open to swapping notes?",
  ),
  invitation(
    'common-ground',
    'What you have in common',
    "Hi {{firstName}}, {{commonGround|your work caught my attention}}, so I wanted to say hello. I'm working on {{myInterest|something close to your field}}. Would you like to connect?",
  ),
  invitation(
    'common-ground-de',
    'Gemeinsamkeit (Deutsch)',
    'Hallo {{firstName}}, {{commonGround|deine Arbeit ist mir aufgefallen}}, darum melde ich mich. Ich beschäftige mich mit {{myInterest|einem ähnlichen Thema}}. Wollen wir uns vernetzen?',
  ),
  invitation(
    'mutual-acquaintance',
    'Someone you both know',
    "Hi {{firstName}}, I noticed we both know {{mutualName|a few of the same people}}. I'm exploring {{myInterest|your field}} and would value your perspective. Open to connecting?",
  ),
  invitation(
    'after-event',
    'After meeting at an event',
    'Hi {{firstName}}, it was great meeting you at the event. I enjoyed hearing about {{company|your work}} and would like to keep the conversation going. Coffee sometime?',
  ),
  invitation(
    'congratulations',
    'Congratulations on a milestone',
    "Hi {{firstName}}, congratulations on the milestone at {{company|work}}! I work on {{myInterest|related things}} and would be glad to connect. What's next for you?",
  ),
  invitation(
    'after-interview',
    'After a job interview',
    "Hi {{firstName}}, thank you for our conversation about the role at {{company|your company}}. I enjoyed learning how your team works, and I'd be glad to stay in touch whatever comes next.",
  ),
  invitation(
    'recruiter',
    'A recruiter in your field',
    "Hi {{firstName}}, I see you recruit for {{company|your team}}. I'm focused on {{myInterest|my field}} and would be glad to be on your radar. Would you be open to connecting?",
  ),
  invitation(
    'headline',
    'Their headline caught your eye',
    'Hi {{firstName}}, "{{headline}}" caught my eye. I\'m exploring {{myInterest|the same space}} and would love to compare notes. Open to connecting?',
  ),
  followUp(
    'thanks-for-connecting',
    'Follow-up: thanks for accepting',
    "Hi {{firstName}}, thanks for connecting! I'm keen to learn what a typical week at {{company|your company}} looks like for you. Would a 15-minute call in the next couple of weeks suit you?",
  ),
  followUp(
    'one-week-later',
    'Follow-up: a week later',
    "Hi {{firstName}}, following up on my note from last week, as I know things get busy. Would you have 15 minutes to talk about {{myInterest|your work}}? No pressure either way.",
  ),
  ...conversationStarters,
];
