// Starter messages for after an invitation is accepted: the request for a short conversation
// (kind 'conversation') and the one polite follow-up on it ('conversation-follow-up'), in English
// and German. Each has the five parts the request coach checks (why now, your interest, why them,
// how you are connected, a time-boxed ask with an easy when/how) and leaves them free to say no.
// Same variables and fallbacks as the notes; a variable without a fallback sits in a sentence or
// line that may be dropped. Checked by tests/unit/template/starters.test.ts.
import type { Template } from './schemas';

const request = (slug: string, name: string, body: string): Template => ({ id: `starter-${slug}`, name, body, kind: 'conversation' });
const followUp = (slug: string, name: string, body: string): Template => ({ id: `starter-${slug}`, name, body, kind: 'conversation-follow-up' });

export const conversationStarters: Template[] = [
  request(
    'conversation-request',
    'Conversation: ask for 20 minutes',
    "Hi {{firstName}}, thank you for accepting my invitation. I'm reaching out because I'm exploring {{myInterest|a move into your field}} "
      + 'and want to understand what the work is like day to day. Your experience at {{company|your company}} is the view I am missing. '
      + 'If you have time, would you be open to a 20-minute call in the next two weeks? Tell me a day that suits you and whether phone or video is easier. '
      + 'Thanks either way!\nBest wishes, {{myName}}',
  ),
  request(
    'conversation-common-ground',
    'Conversation: what you share',
    'Hi {{firstName}}, thanks for connecting, especially as {{commonGround|we work in neighbouring fields}}. '
      + "I'm writing because I'm weighing a step towards {{myInterest|your area}}, and your path to {{company|where you are now}} is close to the one I have in mind. "
      + 'Would you have 20 minutes for a short video call some time in the coming weeks, whenever suits you? '
      + 'No worries at all if this is a busy time.',
  ),
  request(
    'conversation-new-role',
    'Conversation: after their new role',
    'Hi {{firstName}}, thank you for connecting. Congratulations on starting as {{newRole}}! '
      + "I'm reaching out because I'm interested in {{myInterest|the work your team does}}, and your experience at {{company|your company}} is what I'd most like to learn from. "
      + 'Once you have settled in, would you be open to a 15-minute call? Any day that works for you is fine, by phone or video. '
      + 'Thank you for considering it.',
  ),
  followUp(
    'conversation-follow-up',
    'Conversation: one follow-up',
    "Hi {{firstName}}, I'm following up on my message from last week in case it got buried. "
      + "I'd still value a 20-minute call to hear about your experience with {{myInterest|your field}}, by phone or video, whenever suits you. "
      + 'If now is not a good time, no problem at all, and thanks for reading.',
  ),
  request(
    'conversation-request-de',
    'Gespräch: um 20 Minuten bitten (Deutsch)',
    'Hallo {{firstName}}, danke, dass du meine Einladung angenommen hast. Ich melde mich, weil ich mich für {{myInterest|einen Wechsel in dein Gebiet}} interessiere '
      + 'und verstehen möchte, wie die Arbeit dort im Alltag aussieht. Deine Erfahrung bei {{company|deinem Unternehmen}} ist genau die Sicht, die mir noch fehlt. '
      + 'Falls du Zeit hast: Hättest du in den nächsten zwei Wochen 20 Minuten für ein kurzes Telefonat oder einen Videocall? Sag mir einfach, welcher Tag dir passt. '
      + 'Danke dir in jedem Fall!\nViele Grüße, {{myName}}',
  ),
  request(
    'conversation-formal-de',
    'Gespräch: förmlich, per Sie (Deutsch)',
    'Hallo {{fullName}}, vielen Dank für die Vernetzung. Ich schreibe Ihnen, weil ich mich beruflich in Richtung {{myInterest|Ihres Fachgebiets}} orientiere. '
      + 'Ihr Werdegang bei {{company|Ihrem Unternehmen}} hat mich dabei besonders angesprochen. '
      + 'Wären Sie offen für ein Gespräch von 20 Minuten, per Telefon oder Video, wann es Ihnen in den nächsten Wochen passt? '
      + 'Ich richte mich ganz nach Ihnen und danke Ihnen fürs Lesen.',
  ),
  followUp(
    'conversation-follow-up-de',
    'Gespräch: eine Nachfrage (Deutsch)',
    'Hallo {{firstName}}, ich melde mich noch einmal wegen meiner Nachricht von letzter Woche, falls sie untergegangen ist. '
      + 'Über 20 Minuten am Telefon oder per Video zu {{myInterest|deiner Arbeit}} würde ich mich weiterhin freuen, wann immer es dir passt. '
      + 'Wenn es gerade nicht passt, ist das völlig in Ordnung.',
  ),
];
