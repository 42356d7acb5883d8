import type { BenchSection } from './report';
import { importBench } from './import';
import { searchBench } from './search';

/** Every benchmark section, in the order they run. Each issue adds its own. */
export const SECTIONS: BenchSection[] = [searchBench, importBench];
