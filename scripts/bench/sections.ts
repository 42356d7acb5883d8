import type { BenchSection } from './report';
import { exportBench } from './export';
import { importBench } from './import';
import { readingBench } from './reading';
import { searchBench } from './search';
import { statsBench } from './stats';

/** Every benchmark section, in the order they run. Each issue adds its own. */
export const SECTIONS: BenchSection[] = [searchBench, importBench, readingBench, exportBench, statsBench];
