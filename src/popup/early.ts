// Imported first by main.tsx: its import graph is small (send, the reply checks, the page size),
// so the opening's questions leave before the rest of the popup's modules are evaluated.
import { startOpening } from './opening';

startOpening();
