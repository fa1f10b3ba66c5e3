// Word lists for the request coach, English and German together: a phrase is evidence in either
// language, so a message that mixes them (or quotes a German company name) is still read fairly.
// Same conventions as ../words.ts: lower case, whole words, a space matches any run of spaces,
// matched after normalizeForMatching (no accents: "würde" is matched as "wurde").

/** 1. Why you reach out now. */
export const reasonPhrases = [
  "i'm reaching out", 'i am reaching out', 'reaching out because', "i'm writing", 'i am writing', 'i wanted to ask',
  'the reason i', "i'm getting in touch", 'i am getting in touch', "i'm considering", 'i am considering', "i'm planning",
  "i'm preparing", "i'm weighing", 'i am weighing', "i'm thinking about", 'i am thinking about', "i'm moving", "i'm switching",
  "i'm transitioning", 'i am transitioning', 'as i prepare', 'as i consider', 'because i', "since i'm", 'since i am',
  'ich melde mich', 'ich schreibe dir', 'ich schreibe ihnen', 'ich wende mich', 'der grund', 'weil ich', 'da ich',
  'ich uberlege', 'ich plane', 'ich bereite', 'ich orientiere mich',
];

/** 2. What you are interested in. */
export const interestPhrases = [
  "i'm exploring", 'i am exploring', 'interested in', "i'm curious about", 'i am curious about', "i'm looking into",
  'i am looking into', 'my interest', "i'm learning", 'i am learning', "i'm working on", 'i am working on', 'i work on',
  "i'm focused on", 'i am focused on', 'passionate about', 'fascinated by', 'a move into', 'a step towards', 'a step toward',
  'ich interessiere mich', 'interessiere mich', 'interessiere', 'interessiert an', 'interesse an', 'mein interesse', 'ich beschaftige mich', 'ich arbeite an', 'ich arbeite im',
  'in richtung', 'ein wechsel', 'einen wechsel', 'mehr uber',
];

/** 3. Why their background in particular. */
export const backgroundPhrases = [
  'your experience', 'your work', 'your path', 'your move', 'your role', 'your background', 'your time at', 'your team',
  'your career', 'your perspective', 'your journey', 'your post', 'your article', 'your talk', 'your research',
  "you've", 'you have worked', 'you moved', 'you made the move', 'you built', 'you led', 'you started', 'because you',
  'since you', 'someone who has', 'someone in your',
  'deine erfahrung', 'ihre erfahrung', 'dein weg', 'ihr weg', 'deine arbeit', 'ihre arbeit', 'deine zeit', 'ihre zeit bei',
  'deine rolle', 'ihre rolle', 'dein werdegang', 'ihr werdegang', 'deinen werdegang', 'ihren werdegang', 'du hast',
  'sie haben', 'deinen beitrag', 'ihren beitrag', 'deine sicht', 'ihre sicht',
];

/** 4. How the two of you are connected: the accepted invitation, someone you both know, a shared place. */
export const connectionPhrases = [
  'thanks for connecting', 'thank you for connecting', 'for accepting', 'accepted my invitation', 'accepting my invitation',
  'we both', 'both of us', 'we met', 'met at', 'mutual', 'introduced', 'suggested i', 'recommended i', 'recommended you',
  'fellow', 'alum', 'alumni', 'same school', 'also studied', 'also worked', 'classmate', 'former colleague', 'in common',
  'knows you', 'told me about',
  'danke furs vernetzen', 'danke fur die vernetzung', 'fur die vernetzung', 'einladung angenommen', 'danke, dass du',
  'danke, dass sie', 'wir beide', 'wir haben beide', 'wir kennen beide', 'gemeinsam', 'kennengelernt', 'empfohlen',
  'ehemalige', 'kommilitone', 'kommilitonin',
];

/** 5a. Something concrete to say yes to. */
export const askPhrases = [
  'call', 'chat', 'coffee', 'conversation', 'talk', 'meet', 'meeting', 'phone', 'video', 'zoom', 'hear about', 'hear how',
  'gesprach', 'telefonat', 'telefon', 'kaffee', 'austausch', 'videocall', 'treffen', 'sprechen', 'telefonieren', 'reden',
  'unterhalten',
];

/** 5b. A time box: "20 minutes", "a quarter of an hour", "20-minütig". */
export const timeBoxPattern =
  /(?<![\p{L}\p{N}])(?:(?:\d{1,2}|ten|fifteen|twenty|thirty|zehn|funfzehn|zwanzig|dreissig|dreißig)[ -]?(?:min|mins|minute|minutes|minuten|minutiges?|minutigen)|half an hour|a quarter of an hour|eine halbe stunde|einer halben stunde|eine viertelstunde|einer viertelstunde)(?![\p{L}\p{N}])/u;

/** 5c. An easy way to say when and how. */
export const whenHowPhrases = [
  'when suits you', 'whenever suits', 'what suits you', 'suits you', 'suit you', 'works for you', 'work for you',
  'a time that works', 'any time that', 'pick a time', 'pick a day', 'a day that', 'tell me a day', 'let me know',
  'by phone', 'over the phone', 'phone or video', 'by video', 'video call', 'in person', 'over coffee', 'next week',
  'next two weeks', 'next couple of weeks', 'coming weeks', 'this month', 'fit around you', 'around your schedule',
  'wann es dir passt', 'wann es ihnen passt', 'wann immer', 'welcher tag', 'was dir passt', 'was ihnen passt',
  'dir passt', 'ihnen passt', 'per telefon', 'am telefon', 'per video', 'telefon oder video', 'personlich',
  'nachste woche', 'nachsten woche', 'nachsten zwei wochen', 'nachsten wochen', 'gib mir bescheid', 'geben sie mir bescheid',
  'sag mir', 'sagen sie mir', 'richte mich',
];

/** Wording that leaves them free to say no (a plain "thanks" is polite, not an easy way out). */
export const graciousPhrases = [
  'if you have time', 'if you have a moment', "if you're open", 'if you are open', 'if you can spare', 'no pressure',
  'no worries', 'no problem', 'i understand', "i know you're busy", 'i know you are busy', 'would you be open',
  'would you have', 'would you be willing', 'would you mind', "i'd appreciate", 'i would appreciate', "i'd be grateful",
  'i would be grateful', 'either way', 'whenever suits', 'fit around you', 'thank you for considering',
  'thanks for considering', 'thanks for reading', 'thank you for reading', 'thank you for your time',
  'falls du zeit', 'falls sie zeit', 'wenn du zeit', 'wenn sie zeit', 'kein problem', 'kein stress', 'ganz unverbindlich',
  'vollig in ordnung', 'ich wurde mich freuen', 'wurdest du', 'wurden sie', 'hattest du', 'hatten sie', 'waren sie',
  'warst du', 'in jedem fall', 'furs lesen', 'fur ihre zeit', 'fur deine zeit', 'richte mich',
];

/** Wording that assumes they owe you their time. */
export const demandingPhrases = [
  'you must', 'you need to', 'you have to', 'i expect', 'i need you to', 'get back to me', 'asap', 'as soon as possible',
  "i'll call you", 'i will call you', 'call me at', 'reply by', 'respond by', 'by tomorrow', 'by end of day', 'make time',
  'you owe', 'i insist', 'i demand', 'send me your number', 'i need an answer',
  'du musst', 'sie mussen', 'ich erwarte', 'melde dich bis', 'melden sie sich bis', 'bis morgen', 'umgehend',
  'schnellstmoglich', 'so schnell wie moglich', 'ruf mich an', 'rufen sie mich an', 'ich rufe dich an', 'ich rufe sie an',
];

/** German asks for a job or referral (the English ones are the note coach's jobAskPhrases). */
export const germanJobAskPhrases = [
  'mein lebenslauf', 'meinen lebenslauf', 'lebenslauf', 'offene stelle', 'offene stellen', 'eine stelle', 'stellenangebot',
  'stellenangebote', 'meine bewerbung', 'bewerbung', 'empfiehlst du mich', 'empfehlen sie mich', 'mich empfehlen',
  'mich weiterempfehlen', 'ein gutes wort', 'stellt ihr ein', 'stellen sie ein', 'einen job', 'job bei',
];

/** Attachments in a first message (links are counted separately). */
export const attachmentPhrases = [
  'attached', 'attachment', 'attachments', 'i have attached', "i've attached", 'see attached', 'enclosed',
  'anhang', 'angehangt', 'beigefugt', 'im anhang', 'anbei',
];

/** A follow-up says it follows up: on what, and that it is the one reminder. */
export const referBackPhrases = [
  'following up', 'follow up on', 'my message', 'my note', 'my earlier', 'last week', 'a few days ago', 'i wrote',
  'in case it got', 'got buried', 'slipped through',
  'nachfassen', 'noch einmal', 'nochmal', 'meine nachricht', 'meiner nachricht', 'letzte woche', 'letzter woche',
  'vor ein paar tagen', 'untergegangen',
];

/** Links: a scheme, `www.`, or a bare domain with a common top-level domain and a path. */
export const linkPattern = /(?:https?:\/\/|www\.)[^\s]+|(?<![\p{L}\p{N}@.])[a-z0-9-]+\.(?:com|org|net|io|dev|de|co|me|ly|app)\/[^\s]*/giu;
