/** Moved to shared/ (the renderer reads numerals the same way for highlighting). */
export * from '../../shared/numerals';
