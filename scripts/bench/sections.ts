import type { BenchSection } from './report';

/** Every benchmark section, in the order they run. Each issue adds its own. */
export const SECTIONS: BenchSection[] = [];
