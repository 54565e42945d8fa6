/** MDX heading overrides: `<Content components={headingComponents} />` gives every ## and ### a permanent anchor. */
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';

export const headingComponents = { h2: H2, h3: H3, h4: H4 };
