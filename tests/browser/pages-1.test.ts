/** The site walk (tests/browser/walk.ts), part 1 of 2: every other page. Vitest runs the parts in parallel. */
import { walk } from './walk.ts';

walk(0, 2);
