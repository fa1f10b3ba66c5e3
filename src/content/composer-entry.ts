// composer.js: the composer's code (Preact, templates, coach, starter templates), injected by the
// background into the one frame where the person opened an invite dialog. It runs in the same
// isolated world as content.js and hands its entry point over on that world's global, which
// LinkedIn's own scripts cannot see.
import { mountComposer } from './composer-mount';
import { readOwnProfile } from './own-profile';
import { mountMessageComposer } from './message-box/mount';
import type { ComposerModule } from './composer-loader';

(globalThis as { __rapportComposer?: ComposerModule }).__rapportComposer = { mountComposer, readOwnProfile, mountMessageComposer };
