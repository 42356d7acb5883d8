/** Moved to shared/taxonomy.ts (the layer the renderer may import); kept so branches written before the move still compile. */
export * from '../../shared/taxonomy';
