/** The site walk (tests/browser/walk.ts), part 2 of 2: every other page. Vitest runs the parts in parallel. */
import { walk } from './walk.ts';

walk(1, 2);
