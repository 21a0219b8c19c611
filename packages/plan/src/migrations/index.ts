export * from './deterministicId.ts';
export * from './Migration.ts';
export * from './migrate.ts';
export * from './RepairDuplicateIds.ts';
