// English word lists for the template renderer (greetings) and the note coach. Every entry is
// lower case and matched as whole words, case-insensitively; a space inside an entry matches any
// run of spaces. Entries are plain words: nothing here is treated as a regular expression.

/** Openers after which an empty name is removed and the greeting kept ("Hi {{firstName}}," → "Hi,"). */
export const greetings = [
  'hi', 'hello', 'hey', 'dear', 'hiya', 'greetings', 'good morning', 'good afternoon', 'good evening',
  // German openers, for the German starter template (starter-common-ground-de).
  'hallo', 'guten tag', 'moin', 'servus', 'liebe', 'lieber',
];
/** Greetings that read wrong without the name ("Dear,"): the whole greeting goes when the name is empty. */
export const greetingsNeedingName = ['dear', 'liebe', 'lieber'];

/** Phrases that give the reader a reason for the invitation. */
export const reasonPhrases = [
  'because', 'since you', 'as a fellow', 'your work', 'your post', 'your article', 'your talk', 'your research',
  'your path', 'your experience', 'your team', 'your role', 'your journey', 'your perspective', 'your advice',
  'i noticed', 'i see you', 'i see that', 'i saw', 'i read', 'i came across', 'i enjoyed', 'i admire', 'caught my eye', 'stood out',
  'impressed', 'inspired', 'i am exploring', "i'm exploring", 'i am working on', "i'm working on", 'i work on', "i'm focused on", 'i am focused on', 'following up', 'follow up on',
  'i am interested', "i'm interested", 'interested in', 'i am curious', "i'm curious", 'learn more', 'learn from',
  'learn about', 'hear about', 'hear more', 'hear how', 'would love to', "i'd love to", 'would value',
  'thank you for', 'thanks for', 'congratulations', 'congrats', 'we met', 'meeting you', 'met you', 'meet you',
  'our conversation', 'we spoke', 'we talked', 'recommended', 'suggested', 'introduced', 'compare notes',
  'swap notes', 'swapping notes', 'same field', 'same space',
];

/** Phrases that point at something the two people share. */
export const commonGroundPhrases = [
  'we both', 'both of us', 'in common', 'also a', 'also an', 'also work', 'also studied', 'fellow', 'alum',
  'alumni', 'alumna', 'alumnus', 'same school', 'same group', 'same team', 'same event', 'same conference',
  'classmate', 'former colleague', 'mutual', 'we met', 'met at', 'meeting you', 'met you', 'meet you', 'our chat',
  'our conversation', 'we spoke', 'we talked', 'introduced', 'suggested i', 'recommended i', 'recommended you',
  'knows you', 'told me about', 'member of', 'same community',
];

/** A first note that asks for a job, a referral or a CV review is easy to ignore. */
export const jobAskPhrases = [
  'refer me', 'referral', 'referrals', 'my resume', 'my résumé', 'my cv', 'attached cv', 'attached resume',
  'job opening', 'job openings', 'any openings', 'open positions', 'open roles', 'any roles', 'any vacancies',
  'vacancy', 'are you hiring', 'is your team hiring', 'hire me', 'give me a job', 'find me a job', 'get me a job',
  'looking for a job', 'looking for work', 'need a job', 'put in a word', 'put in a good word', 'recommend me',
  'forward my', 'pass my', 'job at your company', 'job at your', 'position at your',
];

/** LinkedIn's own invitation line and the stock phrases that say nothing about either person. */
export const defaultInvitationLines = [
  "i'd like to add you to my professional network", 'i would like to add you to my professional network',
  "i'd like to join your linkedin network", 'i would like to join your linkedin network',
  "i'd like to connect with you on linkedin", 'i would like to connect with you on linkedin',
];
export const genericPhrases = [
  'add you to my network', 'add you to my professional network', 'expand my network', 'grow my network',
  'expand my professional network', 'grow my professional network', 'join your network',
  'connect with like-minded', 'like-minded professionals', 'connect with professionals', 'always looking to connect',
  'i connect with', 'connect with people', 'to network with you', 'hope to connect', 'please accept', 'accept my invitation',
  'accept my request', 'mutually beneficial', 'let us connect', "let's connect",
];

/** An open question or an explicit offer to talk gives an easy way to reply. */
export const conversationPhrases = [
  'would you be open', 'are you open', 'open to', 'would you mind', 'happy to chat', 'glad to chat', 'love to chat',
  'quick chat', 'short chat', 'a chat', 'a call', 'a coffee', 'over coffee', 'coffee sometime', 'grab coffee',
  'let me know', 'i would love to hear', "i'd love to hear", 'love to hear', 'keep in touch', 'stay in touch',
  'talk more', 'chat more', 'compare notes', 'swap notes', 'swapping notes', 'keep the conversation', 'get in touch',
];

/** Selling in a first note reads as spam; it belongs after a conversation has started. */
export const pitchPhrases = [
  'our product', 'our platform', 'our solution', 'our services', 'our software', 'free trial', 'book a demo',
  'a quick demo', 'schedule a demo', 'special offer', 'discount', 'limited time', 'increase your revenue',
  'boost your sales', 'generate leads', 'lead generation',
];
