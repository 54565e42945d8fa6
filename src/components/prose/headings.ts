/** MDX heading overrides: `<Content components={headingComponents} />` gives every heading (## to ######) a permanent anchor. */
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';
import H6 from './H6.astro';

export const headingComponents = { h2: H2, h3: H3, h4: H4, h5: H5, h6: H6 };
