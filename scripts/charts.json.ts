/** Loader: the chart texts (src/data/charts.json), every text in both languages, for every chart in src/lib/charts/text.ts. */
import { chartTextsSchema, type ChartTexts } from '../src/lib/charts/text.ts';
import { parseWith } from '../src/lib/schemas.ts';
import { readJson, type Loader } from './lib/loader.ts';

export const chartsLoader: Loader<ChartTexts> = {
  output: 'charts.json',
  build(root) {
    const file = 'src/data/charts.json';
    return parseWith(chartTextsSchema, readJson(root, file), file);
  },
};
